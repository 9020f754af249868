import { describe, expect, it } from "vitest";
import { SITEMAP_MAX_URLS, URLS_PER_SITEMAP_PART, parseSitemapPartName, planSitemapParts, sitemapPartPath, type SitemapMonth } from "./sitemap-plan";

const lastmod = new Date("2026-11-30T12:00:00Z");
const month = (year: number, m: number, count: number): SitemapMonth => ({ year, month: m, count, lastmod });

describe("planSitemapParts", () => {
  it("splits 120,000 stories of one month into contiguous parts, none over the per-file limits", () => {
    const parts = planSitemapParts([month(2026, 11, 120_000)]);
    expect(URLS_PER_SITEMAP_PART).toBeLessThanOrEqual(SITEMAP_MAX_URLS);
    expect(parts.length).toBe(Math.ceil(120_000 / URLS_PER_SITEMAP_PART));
    expect(parts.map((p) => p.path)).toEqual(["/sitemaps/2026-11.xml", ...parts.slice(1).map((_, i) => `/sitemaps/2026-11-${i + 2}.xml`)]);
    let next = 0;
    for (const p of parts) {
      expect(p.offset).toBe(next);
      expect(p.limit).toBeGreaterThan(0);
      expect(p.limit).toBeLessThanOrEqual(URLS_PER_SITEMAP_PART);
      next += p.limit;
    }
    expect(next).toBe(120_000);
  });

  it("gives each month of 120,000 stories spread over a year its own file when they fit", () => {
    const months = Array.from({ length: 12 }, (_, i) => month(2026, i + 1, 10_000));
    const parts = planSitemapParts(months);
    expect(parts.map((p) => p.path)).toEqual(Array.from({ length: 12 }, (_, i) => `/sitemaps/2026-${String(12 - i).padStart(2, "0")}.xml`));
    expect(parts.every((p) => p.offset === 0 && p.limit === 10_000)).toBe(true);
  });

  it("splits only the months that need it, newest month first, and skips empty months", () => {
    const parts = planSitemapParts([month(2025, 12, 0), month(2026, 1, URLS_PER_SITEMAP_PART), month(2026, 2, URLS_PER_SITEMAP_PART + 1), month(2025, 11, 5)]);
    expect(parts.map((p) => [p.path, p.offset, p.limit])).toEqual([
      ["/sitemaps/2026-02.xml", 0, URLS_PER_SITEMAP_PART],
      ["/sitemaps/2026-02-2.xml", URLS_PER_SITEMAP_PART, 1],
      ["/sitemaps/2026-01.xml", 0, URLS_PER_SITEMAP_PART],
      ["/sitemaps/2025-11.xml", 0, 5],
    ]);
  });

  it("gives every part the month's last change", () => {
    expect(planSitemapParts([month(2026, 11, 60_000)]).every((p) => p.lastmod === lastmod)).toBe(true);
  });

  it("refuses impossible months, counts, part sizes and a month listed twice", () => {
    expect(() => planSitemapParts([month(2026, 13, 1)])).toThrow(RangeError);
    expect(() => planSitemapParts([month(2026, 1, -1)])).toThrow(RangeError);
    expect(() => planSitemapParts([month(2026, 1, 1), month(2026, 1, 2)])).toThrow(RangeError);
    expect(() => planSitemapParts([], URLS_PER_SITEMAP_PART + 1)).toThrow(RangeError);
  });
});

describe("sitemap part names", () => {
  it("name part one plainly and later parts with their number, and read them back", () => {
    expect(sitemapPartPath(2026, 3, 1)).toBe("/sitemaps/2026-03.xml");
    expect(sitemapPartPath(2026, 11, 12)).toBe("/sitemaps/2026-11-12.xml");
    for (const p of planSitemapParts([month(2026, 11, 120_000), month(2019, 1, 3)])) {
      expect(parseSitemapPartName(p.path.slice("/sitemaps/".length))).toEqual({ year: p.year, month: p.month, part: p.part });
    }
  });

  it("refuse every other spelling, so a part has one address", () => {
    for (const bad of [
      "2026-11-1.xml",
      "2026-11-02.xml",
      "2026-11-0.xml",
      "2026-1.xml",
      "2026-13.xml",
      "2026-00.xml",
      "26-11.xml",
      "2026-11",
      "news.xml",
      "2026-11.xml.gz",
    ]) {
      expect(parseSitemapPartName(bad), bad).toBeNull();
    }
  });
});
