import { isolate } from "../arabic/bidi";

/** What separates names in a list: the Arabic comma in Arabic, a comma in English. */
export function nameSeparator(locale: string): string {
  return locale === "ar" ? "، " : ", ";
}

/**
 * People's names as one line in `locale` (a byline, who else has a story
 * open), each isolated (FSI … PDI), so a Latin name in an Arabic line (or the
 * reverse) cannot pull the commas around it out of order.
 */
export function joinNames(names: readonly string[], locale: string): string {
  return names.map(isolate).join(nameSeparator(locale));
}
