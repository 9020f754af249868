import type { formats } from "@/i18n/formats";

declare module "next-intl" {
  interface AppConfig {
    /** Format names are checked: `format.dateTime(d, "minute")` compiles only for a preset in i18n/formats.ts. */
    Formats: typeof formats;
  }
}
