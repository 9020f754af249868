import { describe, expect, it } from "vitest";
import { slugify } from "../arabic/slug";
import { absoluteUrl } from "./public-url";
import { SITEMAP_ENTRY_OVERHEAD, SITEMAP_MAX_BYTES, SITEMAP_MAX_URL_LENGTH, URLS_PER_SITEMAP_PART, parseSitemapPartName } from "./sitemap-plan";
import { NEWS_SITEMAP_MAX_URLS, NEWS_SITEMAP_WINDOW_MS, newsSitemapXml, sitemapIndexXml, urlsetXml, type NewsSitemapStory } from "./sitemaps";
import { attr, child, children, has, parseXml, text } from "./xml-testing";

const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
// W3C Datetime with a time and a zone, as sitemaps and Google News take it.
const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const base = "https://news.example";
const arabicUrl = (slug: string) => absoluteUrl(base, `/world/${encodeURIComponent(slug)}`);

describe("sitemapIndexXml", () => {
  it("lists the news sitemap and every part of every month, by absolute address", () => {
    const months = [
      { year: 2026, month: 11, count: 120_000, lastmod: new Date("2026-11-30T10:00:00Z") },
      { year: 2026, month: 10, count: 7, lastmod: new Date("2026-10-31T09:00:00Z") },
    ];
    const index = child(parseXml(sitemapIndexXml("https://news.example/", months, { lastmod: new Date("2026-12-01T08:00:00Z") })), "sitemapindex");
    expect(attr(index, "xmlns")).toBe(SITEMAP);
    const entries = children(index, "sitemap");
    const locs = entries.map((e) => text(child(e, "loc")));
    const parts = Math.ceil(120_000 / URLS_PER_SITEMAP_PART);
    expect(locs).toEqual([
      "https://news.example/sitemaps/news.xml",
      "https://news.example/sitemaps/2026-11.xml",
      ...Array.from({ length: parts - 1 }, (_, i) => `https://news.example/sitemaps/2026-11-${i + 2}.xml`),
      "https://news.example/sitemaps/2026-10.xml",
    ]);
    for (const loc of locs.slice(1)) expect(parseSitemapPartName(loc.split("/").at(-1)!), loc).not.toBeNull();
    const lastmods = entries.map((e) => text(child(e, "lastmod")));
    for (const l of lastmods) expect(l).toMatch(W3C);
    expect(new Date(lastmods[0]!).toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(new Date(lastmods.at(-1)!).toISOString()).toBe("2026-10-31T09:00:00.000Z");
  });

  it("keeps a base's path prefix and leaves out the news sitemap's lastmod when none is known", () => {
    const index = child(parseXml(sitemapIndexXml("https://example.org/news", [])), "sitemapindex");
    const [news] = children(index, "sitemap");
    expect(text(child(news, "loc"))).toBe("https://example.org/news/sitemaps/news.xml");
    expect(has(news, "lastmod")).toBe(false);
  });
});

describe("urlsetXml", () => {
  it("lists each story's absolute address and last change in the sitemap namespace", () => {
    const url = arabicUrl("رغم-إعلان-إفلاسها-كامبريدج-أناليتيكا-تعود");
    const urlset = child(parseXml(urlsetXml([{ url, lastmod: new Date("2026-11-03T04:05:06Z") }])), "urlset");
    expect(attr(urlset, "xmlns")).toBe(SITEMAP);
    const [entry] = children(urlset, "url");
    expect(text(child(entry, "loc"))).toBe(url);
    expect(text(child(entry, "loc"))).toMatch(/^https:\/\/news\.example\/world\/(%[0-9A-F]{2}|-)+$/);
    expect(text(child(entry, "lastmod"))).toMatch(W3C);
    expect(new Date(text(child(entry, "lastmod"))).toISOString()).toBe("2026-11-03T04:05:06.000Z");
  });

  it("leaves out an address longer than crawlers accept and refuses more URLs than a part holds", () => {
    const long = `${base}/world/${"a".repeat(SITEMAP_MAX_URL_LENGTH)}`;
    const urlset = child(
      parseXml(
        urlsetXml([
          { url: long, lastmod: new Date() },
          { url: `${base}/world/ok`, lastmod: new Date() },
        ]),
      ),
      "urlset",
    );
    expect(children(urlset, "url").map((u) => text(child(u, "loc")))).toEqual([`${base}/world/ok`]);
    const tooMany = Array.from({ length: URLS_PER_SITEMAP_PART + 1 }, (_, i) => ({ url: `${base}/world/${i}`, lastmod: new Date() }));
    expect(() => urlsetXml(tooMany)).toThrow(RangeError);
    expect(() => urlsetXml([{ url: "/world/relative", lastmod: new Date() }])).toThrow(TypeError);
  });

  it("has room for the longest address the site can make: a 200-character base, a 60-letter section and an 80-letter slug, all Arabic", () => {
    const slug = slugify("كامبريدج ".repeat(40));
    expect([...slug].length).toBeGreaterThan(70);
    const longest = absoluteUrl(
      `https://news.example/${"x".repeat(200 - "https://news.example/".length)}`,
      `/${encodeURIComponent("ع".repeat(60))}/${encodeURIComponent(slug)}`,
    );
    expect(longest.length).toBeLessThanOrEqual(SITEMAP_MAX_URL_LENGTH);
  });

  it("costs no more per entry than the part size was planned for", () => {
    const url = arabicUrl("كامبريدج-أناليتيكا");
    const entry = { url, lastmod: new Date("2026-11-30T23:59:59.999Z") };
    const one = Buffer.byteLength(urlsetXml([entry]));
    const two = Buffer.byteLength(urlsetXml([entry, entry]));
    expect(two - one).toBeLessThanOrEqual(url.length + SITEMAP_ENTRY_OVERHEAD);
  });

  // It builds a part of some 50 MiB: about 3 s alone, twice that beside a build.
  it("stays under 50 MiB with a full part of the longest addresses allowed", () => {
    const url = `${base}/world/${"%D8%AA".repeat((SITEMAP_MAX_URL_LENGTH - base.length - "/world/".length) / 6)}`.padEnd(SITEMAP_MAX_URL_LENGTH, "x");
    expect(url.length).toBe(SITEMAP_MAX_URL_LENGTH);
    const entries = Array.from({ length: URLS_PER_SITEMAP_PART }, () => ({ url, lastmod: new Date("2026-11-30T23:59:59.999Z") }));
    const xml = urlsetXml(entries);
    expect(xml.split("<loc>").length - 1).toBe(URLS_PER_SITEMAP_PART);
    expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(SITEMAP_MAX_BYTES);
  }, 20_000);
});

describe("newsSitemapXml", () => {
  const now = new Date("2026-06-18T12:00:00Z");
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const story = (slug: string, publishedAt: Date, overrides: Partial<NewsSitemapStory> = {}): NewsSitemapStory => ({
    url: arabicUrl(slug),
    headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب",
    language: "ar",
    publishedAt,
    ...overrides,
  });
  const urls = (xml: string) => children(child(parseXml(xml), "urlset"), "url");

  it("keeps a story for 48 hours, as Google News reads them", () => {
    expect(NEWS_SITEMAP_WINDOW_MS).toBe(48 * 3_600_000);
  });

  it("lists the stories of the last 48 hours, newest first, with publication, language, date and title", () => {
    const stories = [
      story("قديم", new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS - 1)),
      story("حد-النافذة", new Date(now.getTime() - NEWS_SITEMAP_WINDOW_MS)),
      story("storm", hoursAgo(1), { language: "en", headline: "Storm closes ports & <harbours> \u2067🌊\u2069" }),
      story("أمس", hoursAgo(20)),
    ];
    const doc = parseXml(newsSitemapXml("نيوزروم & Co", stories, now));
    const urlset = child(doc, "urlset");
    expect(attr(urlset, "xmlns")).toBe(SITEMAP);
    expect(attr(urlset, "xmlns:news")).toBe(NEWS);
    const entries = children(urlset, "url");
    expect(entries.map((e) => text(child(e, "loc")))).toEqual([arabicUrl("storm"), arabicUrl("أمس"), arabicUrl("حد-النافذة")]);
    const [first, second] = entries.map((e) => child(e, "news:news"));
    expect(text(child(first, "news:publication", "news:name"))).toBe("نيوزروم & Co");
    expect(text(child(first, "news:publication", "news:language"))).toBe("en");
    expect(text(child(second, "news:publication", "news:language"))).toBe("ar");
    expect(text(child(first, "news:title"))).toBe("Storm closes ports & <harbours> \u2067🌊\u2069");
    expect(text(child(second, "news:title"))).toBe(stories[3]!.headline);
    const date = text(child(first, "news:publication_date"));
    expect(date).toMatch(W3C);
    expect(new Date(date).getTime()).toBe(hoursAgo(1).getTime());
  });

  it(`keeps the newest ${NEWS_SITEMAP_MAX_URLS} when more were published`, () => {
    const many = Array.from({ length: 1_200 }, (_, i) => story(`خبر-${i}`, new Date(now.getTime() - i * 60_000)));
    const entries = urls(newsSitemapXml("Newsroom", [...many].reverse(), now));
    expect(entries).toHaveLength(NEWS_SITEMAP_MAX_URLS);
    expect(text(child(entries[0], "loc"))).toBe(arabicUrl("خبر-0"));
    expect(text(child(entries.at(-1), "loc"))).toBe(arabicUrl(`خبر-${NEWS_SITEMAP_MAX_URLS - 1}`));
  });

  it("is an empty, valid urlset when nothing is recent", () => {
    expect(urls(newsSitemapXml("Newsroom", [story("قديم", hoursAgo(72))], now))).toEqual([]);
  });
});
