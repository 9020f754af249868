import { RESERVED_SECTION_SLUGS } from "../validation/sections";

/** First path segments that belong to the application, never to a section. */
const RESERVED = new Set<string>(RESERVED_SECTION_SLUGS);

/**
 * The section and slug of a public story address (`/section/slug`, percent-
 * encoded Arabic allowed), or null for any other path.
 */
export function parseStoryAddress(pathname: string): { section: string; slug: string } | null {
  const segments = pathname.split("/").filter(Boolean);
  if (segments.length !== 2 || RESERVED.has(segments[0]!)) return null;
  try {
    return { section: decodeURIComponent(segments[0]!), slug: decodeURIComponent(segments[1]!) };
  } catch {
    return null;
  }
}
