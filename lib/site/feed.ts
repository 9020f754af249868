import { directionOf, type Locale } from "../i18n/locale";
import { requireAbsoluteUrl } from "./public-url";
import { element, emptyElement, textElement, xmlDocument } from "./xml";

/** Feed readers poll often and keep what they saw: the newest stories are all a feed needs to carry. */
export const FEED_MAX_ITEMS = 50;

const ATOM = "http://www.w3.org/2005/Atom";
const CONTENT = "http://purl.org/rss/1.0/modules/content/";
const DC = "http://purl.org/dc/elements/1.1/";

export type FeedChannel = {
  title: string;
  description: string;
  language: Locale;
  /** Absolute URLs, as every address in a feed must be. */
  homeUrl: string;
  feedUrls: { rss: string; atom: string };
  updated: Date;
};

export type FeedItem = {
  /** Stable for the story's life (its first absolute URL, or a tag: URI): readers use it to tell new from seen. */
  id: string;
  url: string;
  headline: string;
  summary: string | null;
  /** The full text, already rendered to safe HTML. */
  contentHtml: string;
  language: Locale;
  section: string;
  authors: string[];
  publishedAt: Date;
  updatedAt: Date;
  corrections: { text: string; at: Date }[];
};

export type FeedOptions = {
  /** What goes before a correction's text, in the story's language, e.g. `تصحيح (17 يونيو 2026)`. */
  correctionLabel: (at: Date, language: Locale) => string;
};

/**
 * The RSS 2.0 and Atom feeds of the newest {@link FEED_MAX_ITEMS} stories. Each item carries the
 * full text (RSS `content:encoded`, Atom `content`) with its public corrections appended, and the
 * summary as its description: a reader that shows only one still shows something whole.
 */
export function buildFeeds(channel: FeedChannel, items: readonly FeedItem[], options: FeedOptions): { rss: string; atom: string } {
  for (const url of [channel.homeUrl, channel.feedUrls.rss, channel.feedUrls.atom, ...items.map((i) => i.url)]) requireAbsoluteUrl(url);
  const newest = [...items].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime()).slice(0, FEED_MAX_ITEMS);
  return { rss: rss(channel, newest, options), atom: atom(channel, newest, options) };
}

function rss(channel: FeedChannel, items: FeedItem[], options: FeedOptions): string {
  const doc = xmlDocument();
  const root = doc.ele("rss", { version: "2.0", "xmlns:atom": ATOM, "xmlns:content": CONTENT, "xmlns:dc": DC });
  const ch = root.ele("channel");
  textElement(ch, "title", channel.title);
  textElement(ch, "link", channel.homeUrl);
  textElement(ch, "description", channel.description);
  textElement(ch, "language", channel.language);
  textElement(ch, "lastBuildDate", rfc822(channel.updated));
  emptyElement(ch, "atom:link", { href: channel.feedUrls.rss, rel: "self", type: "application/rss+xml" });
  for (const item of items) {
    const el = element(ch, "item");
    textElement(el, "title", item.headline);
    textElement(el, "link", item.url);
    textElement(el, "guid", item.id, { isPermaLink: String(item.id === item.url) });
    textElement(el, "pubDate", rfc822(item.publishedAt));
    // RSS descriptions are read as HTML: plain text is escaped once more so a "<" stays a character.
    if (item.summary) textElement(el, "description", escapeHtml(item.summary));
    textElement(el, "content:encoded", fullHtml(item, options));
    // RSS's own <author> must be an e-mail address; Dublin Core's creator is a name.
    for (const name of item.authors) textElement(el, "dc:creator", name);
    textElement(el, "category", item.section);
  }
  return doc.end();
}

function atom(channel: FeedChannel, items: FeedItem[], options: FeedOptions): string {
  const doc = xmlDocument();
  const root = doc.ele(ATOM, "feed", { "xml:lang": channel.language });
  textElement(root, "id", channel.feedUrls.atom);
  textElement(root, "title", channel.title);
  textElement(root, "subtitle", channel.description);
  textElement(root, "updated", rfc3339(channel.updated));
  emptyElement(root, "link", { rel: "alternate", type: "text/html", href: channel.homeUrl });
  emptyElement(root, "link", { rel: "self", type: "application/atom+xml", href: channel.feedUrls.atom });
  // Atom requires an author for every entry; the publication stands in for stories without a byline.
  textElement(element(root, "author"), "name", channel.title);
  for (const item of items) {
    const entry = element(root, "entry", item.language === channel.language ? {} : { "xml:lang": item.language });
    textElement(entry, "id", item.id);
    textElement(entry, "title", item.headline);
    emptyElement(entry, "link", { rel: "alternate", type: "text/html", href: item.url });
    textElement(entry, "published", rfc3339(item.publishedAt));
    textElement(entry, "updated", rfc3339(item.updatedAt));
    for (const name of item.authors) textElement(element(entry, "author"), "name", name);
    emptyElement(entry, "category", { term: item.section });
    if (item.summary) textElement(entry, "summary", item.summary);
    textElement(entry, "content", fullHtml(item, options), { type: "html" });
  }
  return doc.end();
}

/**
 * The story's HTML with each correction appended as a paragraph, oldest first, as they happened,
 * in an element carrying its language and direction: most readers ignore xml:lang and would set
 * Arabic left to right.
 */
function fullHtml(item: FeedItem, options: FeedOptions): string {
  const corrections = [...item.corrections]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((c) => `<p><strong>${escapeHtml(options.correctionLabel(c.at, item.language))}:</strong> ${escapeHtml(c.text)}</p>`);
  return `<div lang="${item.language}" dir="${directionOf(item.language)}">${item.contentHtml}${corrections.join("")}</div>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// toUTCString() writes "Invalid Date" for a bad date where toISOString() throws; both should throw.
function rfc822(date: Date): string {
  rfc3339(date);
  return date.toUTCString();
}

function rfc3339(date: Date): string {
  return date.toISOString();
}
