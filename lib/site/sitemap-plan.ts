/**
 * How the site's sitemaps are addressed and split. The index lists one sitemap per month with
 * published stories, `/sitemaps/2026-11.xml`; a month with more stories than one file may hold
 * continues in `/sitemaps/2026-11-2.xml`, `-3`, … . Part one keeps the plain name, so a month's
 * address never changes when it grows, and each part has exactly one address.
 */

export const SITEMAP_INDEX_PATH = "/sitemap.xml";
export const NEWS_SITEMAP_PATH = "/sitemaps/news.xml";

/** The sitemaps protocol's limits for one file: 50,000 URLs and 50 MiB uncompressed. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 52_428_800;
/** The longest address the protocol (and Google) accepts; longer ones are left out of sitemaps. */
export const SITEMAP_MAX_URL_LENGTH = 2_048;

/** Bytes around each address in a monthly sitemap: `<url><loc></loc><lastmod>` + a 24-character date + closing tags. */
export const SITEMAP_ENTRY_OVERHEAD = "<url><loc></loc><lastmod>2026-11-30T23:59:59.999Z</lastmod></url>".length;
// The XML declaration and the <urlset> element with its namespace, with room to spare.
const SITEMAP_FRAME_BYTES = 200;

/**
 * Stories per monthly sitemap file. Sized for the longest address a sitemap may carry, not a
 * typical one: an Arabic slug percent-encodes to six characters a letter (`ت` is `%D8%AA`), so
 * real addresses are long, but none can pass 2,048 characters, and at that size a full part
 * still stays under 50 MiB. About half the protocol's 50,000 URLs.
 */
export const URLS_PER_SITEMAP_PART = Math.min(
  SITEMAP_MAX_URLS,
  Math.floor((SITEMAP_MAX_BYTES - SITEMAP_FRAME_BYTES) / (SITEMAP_MAX_URL_LENGTH + SITEMAP_ENTRY_OVERHEAD)),
);

/** A month with published stories: how many, and when the last of them changed. */
export type SitemapMonth = { year: number; month: number; count: number; lastmod: Date };

/**
 * One monthly sitemap file: the month's stories `offset` to `offset + limit - 1`, in the order the
 * route lists them (first publication, then id, so parts only grow at the end).
 */
export type SitemapPart = { year: number; month: number; part: number; path: string; offset: number; limit: number; lastmod: Date };

/** The address of a month's sitemap part (1-based). */
export function sitemapPartPath(year: number, month: number, part: number): string {
  checkMonth(year, month);
  if (!Number.isInteger(part) || part < 1) throw new RangeError(`Not a sitemap part: ${part}`);
  return `/sitemaps/${year}-${String(month).padStart(2, "0")}${part === 1 ? "" : `-${part}`}.xml`;
}

const PART_NAME = /^(\d{4})-(0[1-9]|1[0-2])(?:-([2-9]|[1-9]\d+))?\.xml$/;

/**
 * The month and part a sitemap file name (`2026-11.xml`, `2026-11-2.xml`) stands for; null for
 * any other name, including other spellings of the same part (`2026-11-1.xml`, `2026-11-02.xml`).
 */
export function parseSitemapPartName(name: string): { year: number; month: number; part: number } | null {
  const match = PART_NAME.exec(name);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), part: match[3] ? Number(match[3]) : 1 };
}

/** Every sitemap file the months need, newest month first, each month's parts in order. */
export function planSitemapParts(months: readonly SitemapMonth[], perPart: number = URLS_PER_SITEMAP_PART): SitemapPart[] {
  if (!Number.isInteger(perPart) || perPart < 1 || perPart > URLS_PER_SITEMAP_PART) throw new RangeError(`Not a part size: ${perPart}`);
  const seen = new Set<string>();
  const sorted = [...months].sort((a, b) => b.year - a.year || b.month - a.month);
  const parts: SitemapPart[] = [];
  for (const { year, month, count, lastmod } of sorted) {
    checkMonth(year, month);
    const key = `${year}-${month}`;
    if (seen.has(key)) throw new RangeError(`Month listed twice: ${key}`);
    seen.add(key);
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a story count: ${count}`);
    // Only the month's last change is known, so every part of it carries that date.
    for (let offset = 0, part = 1; offset < count; offset += perPart, part++) {
      parts.push({ year, month, part, path: sitemapPartPath(year, month, part), offset, limit: Math.min(perPart, count - offset), lastmod });
    }
  }
  return parts;
}

function checkMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Not a month: ${year}-${month}`);
  }
}
