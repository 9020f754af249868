import type { Locale } from "../i18n/locale";
import { INTL_LOCALE } from "./format";

/** How long since `since`, in the largest whole unit (minutes, hours or days), written out in `locale`. */
export function elapsed(since: Date, now: Date, locale: Locale): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  const [value, unit] = minutes < 60 ? [minutes, "minute"] : minutes < 48 * 60 ? [Math.floor(minutes / 60), "hour"] : [Math.floor(minutes / 1440), "day"];
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "unit", unit, unitDisplay: "long" }).format(value);
}
