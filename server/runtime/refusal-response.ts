import ar from "@/i18n/messages/ar.json";
import en from "@/i18n/messages/en.json";
import type { ErrorCode } from "@/lib/errors";
import type { EdgeRefusal } from "@/lib/http/request-guard";
import type { Locale } from "@/lib/i18n/locale";
import { statusPage } from "./status-page";

const MESSAGES = { ar: ar.refused, en: en.refused } as const;

const CODES: Record<EdgeRefusal["reason"], ErrorCode> = {
  unreadable_address: "malformed",
  cross_site: "forbidden",
  length_required: "length_required",
  body_too_large: "too_large",
};

/** The proxy's refusal: the API's error shape under /api, a short page in the visitor's language elsewhere. */
export function refusalResponse(refusal: EdgeRefusal, options: { api: boolean; locale: Locale }): Response {
  if (options.api) {
    const message = (options.locale === "ar" ? MESSAGES.ar : MESSAGES.en)[refusal.reason].title;
    return Response.json(
      { error: { code: CODES[refusal.reason], reason: refusal.reason, message } },
      { status: refusal.status, headers: { "Cache-Control": "private, no-store" } },
    );
  }
  const t = MESSAGES[options.locale][refusal.reason];
  return statusPage({ locale: options.locale, status: refusal.status, title: t.title, paragraphs: [t.body] });
}
