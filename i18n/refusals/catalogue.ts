import fieldsAr from "./fields.ar.json";
import fieldsEn from "./fields.en.json";
import servicesAr from "./services.ar.json";
import servicesEn from "./services.en.json";

/**
 * Every refusal's words, by reason, in each language: what a form shows
 * next to a field and what the JSON API puts in `message`. The reasons of
 * input checks (lib/validation, lib/richtext, lib/import…) are in fields.*,
 * those of services and entry points in services.*.
 */
export const REFUSAL_MESSAGES = {
  ar: { ...fieldsAr, ...servicesAr },
  en: { ...fieldsEn, ...servicesEn },
} as const;
