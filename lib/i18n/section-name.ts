/** The two names every section has; which one a reader sees depends on the language. */
export type SectionNames = { nameAr: string; nameEn: string };

/** A section's name in `locale` (a story's language or the desk's): the Arabic name for `ar`, the English one otherwise. */
export function sectionName(section: SectionNames, locale: string): string {
  return locale === "ar" ? section.nameAr : section.nameEn;
}

/**
 * The sections a story form offers, in the order given, named in `locale`:
 * the visible ones, and `current` (the story's own section) even when it is
 * hidden, so that saving a story never moves it out of its section.
 */
export function sectionChoices(
  sections: readonly (SectionNames & { slug: string; hidden: boolean })[],
  locale: string,
  current?: string,
): { slug: string; name: string }[] {
  return sections.filter((s) => !s.hidden || s.slug === current).map((s) => ({ slug: s.slug, name: sectionName(s, locale) }));
}
