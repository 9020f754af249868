/** A person's author page, or one of its pages of older stories. */
export const authorHref = (slug: string, cursor?: string) => `/author/${encodeURIComponent(slug)}${cursor ? `/older/${cursor}` : ""}`;

/** Addresses are made from names (lib/arabic/slug.ts keeps 80 characters); anything far longer names nobody. */
const MAX_AUTHOR_SLUG = 200;

/** The slug in an author page's address segment, or null when it cannot be one. */
export function authorSlugFrom(segment: string): string | null {
  let slug: string;
  try {
    slug = decodeURIComponent(segment);
  } catch {
    return null;
  }
  return slug.length > 0 && slug.length <= MAX_AUTHOR_SLUG ? slug : null;
}
