import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FEED_MAX_ITEMS, buildFeeds, type FeedChannel, type FeedItem, type FeedOptions } from "./feed";
import { attr, child, children, has, parseXml, text } from "./xml-testing";

const ATOM = "http://www.w3.org/2005/Atom";
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const wire = readFileSync(new URL("../../db/seed/article-ar-wire.txt", import.meta.url), "utf8")
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);
const wireHeadline = wire[1]!;
const wireHtml = wire
  .slice(3, 8)
  .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
  .join("");

// Arabic, ampersands (one that looks like an entity), markup-looking text, a CDATA terminator, an
// isolate around Latin, emoji and a control character XML cannot carry.
const TRICKY = "عاجل: «كامبريدج» & AT&T; &lt;b&gt; <b>ترامب</b> ]]> \u2067Data Propria 2020\u2069 🗳️ \u0007";
const TRICKY_CLEAN = TRICKY.replace("\u0007", "");

const channel: FeedChannel = {
  title: "نيوزروم & الأخبار",
  description: "آخر الأخبار",
  language: "ar",
  homeUrl: "https://news.example/",
  feedUrls: { rss: "https://news.example/feed.xml", atom: "https://news.example/atom.xml" },
  updated: new Date("2026-06-17T08:00:00Z"),
};

const storyUrl = "https://news.example/world/%D9%83%D8%A7%D9%85%D8%A8%D8%B1%D9%8A%D8%AF%D8%AC";

function item(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: storyUrl,
    url: storyUrl,
    headline: wireHeadline,
    summary: wire[3]!,
    contentHtml: wireHtml,
    language: "ar",
    section: "أهم أخبار العالم",
    authors: ["سارة علي", "Omar & Co"],
    publishedAt: new Date("2026-06-16T23:58:00Z"),
    updatedAt: new Date("2026-06-17T06:30:00Z"),
    corrections: [],
    ...overrides,
  };
}

/** The content as a feed carries it: in an element naming its language and direction. */
const inStory = (html: string, language: "ar" | "en" = "ar") => `<div lang="${language}" dir="${language === "ar" ? "rtl" : "ltr"}">${html}</div>`;

const options: FeedOptions = { correctionLabel: (at, language) => `${language === "ar" ? "تصحيح" : "Correction"} (${at.toISOString().slice(0, 10)})` };

function rssItems(xml: string) {
  return children(child(parseXml(xml), "rss", "channel"), "item");
}
function atomEntries(xml: string) {
  return children(child(parseXml(xml), "feed"), "entry");
}

describe("buildFeeds: RSS 2.0", () => {
  it("declares its language, its own address and the namespaces of the elements it uses", () => {
    const doc = parseXml(buildFeeds(channel, [item()], options).rss);
    const rss = child(doc, "rss");
    expect(attr(rss, "version")).toBe("2.0");
    expect(attr(rss, "xmlns:atom")).toBe(ATOM);
    expect(attr(rss, "xmlns:content")).toBe("http://purl.org/rss/1.0/modules/content/");
    expect(attr(rss, "xmlns:dc")).toBe("http://purl.org/dc/elements/1.1/");
    const ch = child(rss, "channel");
    expect(text(child(ch, "language"))).toBe("ar");
    expect(text(child(ch, "title"))).toBe("نيوزروم & الأخبار");
    expect(text(child(ch, "link"))).toBe("https://news.example/");
    const [self] = children(ch, "atom:link");
    expect([attr(self, "rel"), attr(self, "href"), attr(self, "type")]).toEqual(["self", "https://news.example/feed.xml", "application/rss+xml"]);
  });

  it("writes RFC 822 dates that read back as the same instants", () => {
    const ch = child(parseXml(buildFeeds(channel, [item()], options).rss), "rss", "channel");
    const built = text(child(ch, "lastBuildDate"));
    const published = text(child(children(ch, "item")[0], "pubDate"));
    expect(built).toMatch(RFC_822);
    expect(published).toMatch(RFC_822);
    expect(new Date(built).getTime()).toBe(channel.updated.getTime());
    expect(new Date(published).getTime()).toBe(new Date("2026-06-16T23:58:00Z").getTime());
  });

  it("carries the full text as content:encoded, the summary as HTML-escaped description, bylines as dc:creator", () => {
    const [it0] = rssItems(buildFeeds(channel, [item({ summary: "ترامب <يعود> & يفوز" })], options).rss);
    expect(text(child(it0, "content:encoded"))).toBe(inStory(wireHtml));
    // A reader decodes the description as HTML: the angle brackets must survive as characters.
    expect(text(child(it0, "description"))).toBe("ترامب &lt;يعود&gt; &amp; يفوز");
    expect(children(it0, "dc:creator").map(text)).toEqual(["سارة علي", "Omar & Co"]);
    expect(children(it0, "category").map(text)).toEqual(["أهم أخبار العالم"]);
    expect(text(child(it0, "link"))).toBe(storyUrl);
  });

  it("leaves out the description of a story without a summary", () => {
    const [it0] = rssItems(buildFeeds(channel, [item({ summary: null })], options).rss);
    expect(has(it0, "description")).toBe(false);
    expect(text(child(it0, "content:encoded"))).toBe(inStory(wireHtml));
  });

  it("marks the guid a permalink only when the id is the story's address", () => {
    const [byUrl, byTag] = rssItems(
      buildFeeds(channel, [item(), item({ id: "tag:news.example,2026:story/42", publishedAt: new Date("2026-06-01T00:00:00Z") })], options).rss,
    );
    expect([text(child(byUrl, "guid")), attr(child(byUrl, "guid"), "isPermaLink")]).toEqual([storyUrl, "true"]);
    expect([text(child(byTag, "guid")), attr(child(byTag, "guid"), "isPermaLink")]).toEqual(["tag:news.example,2026:story/42", "false"]);
  });
});

describe("buildFeeds: Atom", () => {
  it("sets xml:lang on the feed and on an entry only where its language differs", () => {
    const english = item({ id: "https://news.example/world/storm", url: "https://news.example/world/storm", language: "en", headline: "Storm closes ports" });
    const doc = parseXml(buildFeeds(channel, [item(), english], options).atom);
    const feed = child(doc, "feed");
    expect(attr(feed, "xmlns")).toBe(ATOM);
    expect(attr(feed, "xml:lang")).toBe("ar");
    const [ar, en] = children(feed, "entry");
    expect(attr(ar, "xml:lang")).toBeUndefined();
    expect(attr(en, "xml:lang")).toBe("en");
  });

  it("writes RFC 3339 published and updated dates, the feed's links and a fallback author", () => {
    const feed = child(parseXml(buildFeeds(channel, [item()], options).atom), "feed");
    expect(text(child(feed, "id"))).toBe(channel.feedUrls.atom);
    expect(text(child(feed, "updated"))).toMatch(RFC_3339);
    const links = children(feed, "link").map((l) => [attr(l, "rel"), attr(l, "href")]);
    expect(links).toEqual([
      ["alternate", "https://news.example/"],
      ["self", "https://news.example/atom.xml"],
    ]);
    expect(text(child(children(feed, "author")[0], "name"))).toBe(channel.title);
    const [entry] = children(feed, "entry");
    const published = text(child(entry, "published"));
    const updated = text(child(entry, "updated"));
    expect(published).toMatch(RFC_3339);
    expect(updated).toMatch(RFC_3339);
    expect(new Date(published).getTime()).toBe(new Date("2026-06-16T23:58:00Z").getTime());
    expect(new Date(updated).getTime()).toBe(new Date("2026-06-17T06:30:00Z").getTime());
  });

  it("carries the full text as HTML content, the summary as text and each byline as an author", () => {
    const [entry] = atomEntries(buildFeeds(channel, [item({ summary: "ترامب <يعود>" })], options).atom);
    expect(attr(child(entry, "content"), "type")).toBe("html");
    expect(text(child(entry, "content"))).toBe(inStory(wireHtml));
    expect(text(child(entry, "summary"))).toBe("ترامب <يعود>");
    expect(attr(child(entry, "summary"), "type")).toBeUndefined();
    expect(children(entry, "author").map((a) => text(child(a, "name")))).toEqual(["سارة علي", "Omar & Co"]);
    expect(text(child(entry, "id"))).toBe(storyUrl);
    expect(children(entry, "link").map((l) => attr(l, "href"))).toEqual([storyUrl]);
    expect(children(entry, "category").map((c) => attr(c, "term"))).toEqual(["أهم أخبار العالم"]);
  });
});

describe("buildFeeds: text and limits", () => {
  it("keeps Arabic, ampersands, markup-like text, bidi isolates and emoji exactly, and drops what XML cannot carry", () => {
    const tricky = item({ headline: TRICKY, authors: [TRICKY], section: TRICKY, summary: TRICKY });
    const feeds = buildFeeds({ ...channel, title: TRICKY }, [tricky], options);
    const ch = child(parseXml(feeds.rss), "rss", "channel");
    expect(text(child(ch, "title"))).toBe(TRICKY_CLEAN);
    expect(text(child(children(ch, "item")[0], "title"))).toBe(TRICKY_CLEAN);
    expect(children(children(ch, "item")[0], "dc:creator").map(text)).toEqual([TRICKY_CLEAN]);
    const [entry] = atomEntries(feeds.atom);
    expect(text(child(entry, "title"))).toBe(TRICKY_CLEAN);
    expect(text(child(entry, "summary"))).toBe(TRICKY_CLEAN);
    expect(attr(children(entry, "category")[0], "term")).toBe(TRICKY_CLEAN);
  });

  it("passes the HTML's own entities through, so escaped markup in a story never becomes real markup", () => {
    const html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; AT&amp;T&nbsp;&#39;رأي&#39;</p>";
    const feeds = buildFeeds(channel, [item({ contentHtml: html })], options);
    expect(text(child(rssItems(feeds.rss)[0], "content:encoded"))).toBe(inStory(html));
    expect(text(child(atomEntries(feeds.atom)[0], "content"))).toBe(inStory(html));
  });

  it("appends each correction as a paragraph, oldest first, labelled in the story's language", () => {
    const corrections = [
      { text: "الرقم الصحيح 87 مليون & ليس <50>", at: new Date("2026-06-18T10:00:00Z") },
      { text: "صُحّح اسم الشركة", at: new Date("2026-06-17T10:00:00Z") },
    ];
    const english = item({
      id: "https://news.example/world/storm",
      url: "https://news.example/world/storm",
      language: "en",
      contentHtml: "<p>Storm closes ports.</p>",
      corrections: [{ text: "Three ports, not four.", at: new Date("2026-06-17T09:00:00Z") }],
      publishedAt: new Date("2026-06-15T00:00:00Z"),
    });
    const feeds = buildFeeds(channel, [item({ corrections }), english], options);
    const arabic = inStory(
      wireHtml +
        "<p><strong>تصحيح (2026-06-17):</strong> صُحّح اسم الشركة</p>" +
        "<p><strong>تصحيح (2026-06-18):</strong> الرقم الصحيح 87 مليون &amp; ليس &lt;50&gt;</p>",
    );
    const inEnglish = inStory("<p>Storm closes ports.</p><p><strong>Correction (2026-06-17):</strong> Three ports, not four.</p>", "en");
    expect(rssItems(feeds.rss).map((i) => text(child(i, "content:encoded")))).toEqual([arabic, inEnglish]);
    expect(atomEntries(feeds.atom).map((e) => text(child(e, "content")))).toEqual([arabic, inEnglish]);
  });

  it(`keeps only the newest ${FEED_MAX_ITEMS} stories, newest first`, () => {
    const start = Date.UTC(2026, 5, 1);
    const many = Array.from({ length: 60 }, (_, i) => {
      const url = `https://news.example/world/story-${i}`;
      return item({ id: url, url, headline: `خبر ${i}`, publishedAt: new Date(start + i * 60_000) });
    });
    const shuffled = [...many.slice(30), ...many.slice(0, 30).reverse()];
    const feeds = buildFeeds(channel, shuffled, options);
    const expected = Array.from({ length: FEED_MAX_ITEMS }, (_, i) => `خبر ${59 - i}`);
    expect(rssItems(feeds.rss).map((i) => text(child(i, "title")))).toEqual(expected);
    expect(atomEntries(feeds.atom).map((e) => text(child(e, "title")))).toEqual(expected);
  });

  it("refuses relative addresses, which mean nothing in a feed reader", () => {
    expect(() => buildFeeds(channel, [item({ url: "/world/story" })], options)).toThrow(TypeError);
    expect(() => buildFeeds({ ...channel, homeUrl: "/" }, [], options)).toThrow(TypeError);
  });
});
