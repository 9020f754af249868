import { searchKey } from "./normalize";

const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug that keeps Arabic letters: marks and tatweel stripped, letter
 * variants folded, anything that is not a letter or digit becomes a hyphen,
 * trimmed at a word boundary.
 */
export function slugify(headline: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = searchKey(headline)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? "").slice(0, maxLength);
}
