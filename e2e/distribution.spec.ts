import { expect, test } from "@playwright/test";
import { attr, child, children, parseXml, text } from "../lib/site/xml-testing";
import { storageStateFor } from "./support/accounts";
import { createDraft, transition } from "./support/api";
import { REFERENCE_HEADLINE } from "./support/reference-story";
import { E2E_BASE_URL } from "./support/settings";

/** Feeds, sitemaps and robots.txt, parsed as a feed reader or crawler would. */
const BASE = E2E_BASE_URL;
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

test("the world section's RSS and Atom feeds carry the reference story in full, its related links absolute", async ({ request }) => {
  const rssResponse = await request.get("/feeds/world/rss.xml");
  expect(rssResponse.status()).toBe(200);
  expect(rssResponse.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const rss = parseXml(await rssResponse.text());
  expect(attr(child(rss, "rss"), "version")).toBe("2.0");
  const channel = child(rss, "rss", "channel");
  expect(text(child(channel, "language"))).toBe("ar");
  expect(text(child(channel, "link"))).toBe(`${BASE}/world`);
  expect(attr(children(channel, "atom:link")[0], "href")).toBe(`${BASE}/feeds/world/rss.xml`);
  const items = children(channel, "item");
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(50);
  const reference = items.find((item) => text(child(item, "title")) === REFERENCE_HEADLINE)!;
  expect(reference).toBeDefined();
  expect(text(child(reference, "link"))).toMatch(new RegExp(`^${BASE}/world/`));
  expect(text(child(reference, "pubDate"))).toMatch(RFC_822);
  expect(text(child(reference, "pubDate"))).toContain("16 Jun 2018 23:58:00");
  const content = text(child(reference, "content:encoded"));
  expect(content).toContain("يبدو أن الرئيس الأمريكي دونالد ترامب");
  expect(content.match(/اقرأ المزيد/g)?.length).toBe(3);
  for (const href of content.matchAll(/href="([^"]+)"/g)) expect(href[1]).toMatch(/^https?:\/\//);

  const atomResponse = await request.get("/feeds/world/atom.xml");
  expect(atomResponse.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const atom = child(parseXml(await atomResponse.text()), "feed");
  expect(attr(atom, "xmlns")).toBe("http://www.w3.org/2005/Atom");
  expect(attr(atom, "xml:lang")).toBe("ar");
  const entry = children(atom, "entry").find((e) => text(child(e, "title")) === REFERENCE_HEADLINE)!;
  expect(text(child(entry, "published"))).toMatch(RFC_3339);
  expect(text(child(entry, "updated"))).toMatch(RFC_3339);

  expect((await request.get("/feeds/no-such-section/rss.xml")).status()).toBe(404);
  expect((await request.get("/feeds/world/feed.json")).status()).toBe(404);
  expect((await request.get("/feeds/rss.xml")).status()).toBe(200);
});

test("pages name their feeds for feed readers to find", async ({ page }) => {
  await page.goto("/world");
  const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => [l.getAttribute("type"), l.getAttribute("href")]));
  expect(alternates).toContainEqual(["application/rss+xml", "/feeds/rss.xml"]);
  expect(alternates).toContainEqual(["application/rss+xml", "/feeds/world/rss.xml"]);
  expect(alternates).toContainEqual(["application/atom+xml", "/feeds/world/atom.xml"]);
});

test("the sitemap index names monthly sitemaps and the news sitemap; a new story appears in the news sitemap; robots.txt names the index", async ({
  browser,
  request,
}) => {
  const index = child(parseXml(await (await request.get("/sitemap.xml")).text()), "sitemapindex");
  expect(attr(index, "xmlns")).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  const locations = children(index, "sitemap").map((s) => text(child(s, "loc")));
  expect(locations).toContain(`${BASE}/sitemaps/news.xml`);
  expect(locations).toContain(`${BASE}/sitemaps/2018-06.xml`);

  const june = child(parseXml(await (await request.get("/sitemaps/2018-06.xml")).text()), "urlset");
  const urls = children(june, "url");
  const reference = urls.find((u) => text(child(u, "loc")).startsWith(`${BASE}/world/`))!;
  expect(reference).toBeDefined();
  expect(text(child(reference, "lastmod"))).toMatch(RFC_3339);

  const reporter = await browser.newContext({ baseURL: BASE, storageState: storageStateFor("reporter") });
  const editor = await browser.newContext({ baseURL: BASE, storageState: storageStateFor("editor") });
  const headline = `خبر لخريطة الأخبار ${Date.now()}`;
  const id = await createDraft(reporter.request, headline);
  expect((await transition(reporter.request, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(editor.request, id, "approved", 2)).status()).toBe(200);
  expect((await transition(editor.request, id, "published", 3)).status()).toBe(200);
  await expect
    .poll(async () => {
      const news = child(parseXml(await (await request.get("/sitemaps/news.xml")).text()), "urlset");
      return children(news, "url").map((u) => text(child(u, "news:news", "news:title")));
    })
    .toContain(headline);
  const news = child(parseXml(await (await request.get("/sitemaps/news.xml")).text()), "urlset");
  expect(attr(news, "xmlns:news")).toBe("http://www.google.com/schemas/sitemap-news/0.9");
  const entry = children(news, "url").find((u) => text(child(u, "news:news", "news:title")) === headline)!;
  expect(text(child(entry, "news:news", "news:publication", "news:name"))).toBe("غرفة الأخبار");
  expect(text(child(entry, "news:news", "news:publication", "news:language"))).toBe("ar");
  expect(text(child(entry, "news:news", "news:publication_date"))).toMatch(RFC_3339);

  for (const missing of ["/sitemaps/1999-01.xml", "/sitemaps/2018-06-2.xml", "/sitemaps/garbage", "/sitemaps/2018-13.xml"]) {
    expect((await request.get(missing)).status(), missing).toBe(404);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots.split("\n")).toEqual(expect.arrayContaining(["User-agent: *", "Disallow: /dashboard", "Disallow: /admin", `Sitemap: ${BASE}/sitemap.xml`]));
  await Promise.all([reporter.close(), editor.close()]);
});
