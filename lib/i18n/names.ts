/** What separates names in a list: the Arabic comma in Arabic, a comma in English. */
export function nameSeparator(locale: string): string {
  return locale === "ar" ? "، " : ", ";
}

/**
 * A name as written, in a line of text: wrapped in Unicode's first-strong
 * isolate (FSI … PDI), the plain-text <bdi>, so a Latin name in an Arabic
 * line (or the reverse) cannot pull the commas and words around it out of order.
 */
export function isolated(name: string): string {
  return `\u2068${name}\u2069`;
}

/** People's names as one line in `locale` (a byline, who else has a story open), each isolated. */
export function joinNames(names: readonly string[], locale: string): string {
  return names.map(isolated).join(nameSeparator(locale));
}
