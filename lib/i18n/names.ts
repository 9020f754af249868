/** What separates names in a list: the Arabic comma in Arabic, a comma in English. */
export function nameSeparator(locale: string): string {
  return locale === "ar" ? "، " : ", ";
}

/** People's names as one line in `locale` (a byline, who else has a story open). */
export function joinNames(names: readonly string[], locale: string): string {
  return names.join(nameSeparator(locale));
}
