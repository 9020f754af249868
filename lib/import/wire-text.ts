import { searchKey, toAsciiDigits } from "../arabic/normalize";
import { paragraph, relatedStory } from "../richtext/build";
import { parseRelatedLine } from "../richtext/related";
import type { Refusal } from "../errors";
import type { RichTextDocument } from "../richtext/schema";
import { wireLimitProblem } from "./wire-limits";

/**
 * Parses wire copy scraped from a news site, like the reference story: page
 * chrome around a headline, a `MM/DD HH:mm` dateline, paragraphs separated by
 * blank lines, «اقرأ المزيد: …» related-story lines and a section footer.
 */

export type WireSection = { slug: string; names: string[] };

type WireBlock = { kind: "paragraph"; text: string } | { kind: "related"; headline: string };

export type WireStory = {
  headline: string;
  dateline: { month: number; day: number; hour: number; minute: number } | null;
  blocks: WireBlock[];
  sectionSlug: string | null;
  droppedLines: string[];
};

/** A refusal says why, as a reason with params (i18n/refusals/fields.*.json); `code` says which kind of problem it is. */
export type WireParseResult = { ok: true; story: WireStory } | { ok: false; code: WireParseError; refusal: Refusal };

/** `too_large`, `too_long` and `invalid_body` are the stored body's limits; see wire-limits.ts. */
export type WireParseError = "empty" | "binary" | "too_large" | "no_headline" | "no_body" | "too_long" | "invalid_body";

export const MAX_WIRE_TEXT_BYTES = 1_000_000;

/** Lines that are site furniture, never part of a story. Compared by search key. */
const CHROME_LINES = [
  "المحتوى الرئيسى",
  "المحتوى الرئيسي",
  "تخطى إلى المحتوى",
  "Main content",
  "Skip to content",
  "Comments",
  "التعليقات",
  "عاجل",
  "Breaking",
  "Share",
  "شارك",
].map(searchKey);

const DATELINE = /^(\d{1,2})\/(\d{1,2})\s+(\d{1,2}):(\d{2})$/;

function cleanLine(line: string): string {
  return line.replace(/[\s\u200f\u200e]+/gu, " ").trim();
}

/** Blank-line separated chunks, each a list of non-empty lines. */
function splitChunks(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n/)
    .map((chunk) => chunk.split("\n").map(cleanLine).filter(Boolean))
    .filter((chunk) => chunk.length > 0);
}

function parseDateline(line: string): WireStory["dateline"] {
  const match = DATELINE.exec(toAsciiDigits(line));
  if (!match) return null;
  const [month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return { month, day, hour, minute };
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000") || text.includes("\uFFFD")) return true;
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return controls > text.length / 100;
}

/**
 * Parses wire text. `sections` lets a footer label such as «أهم أخبار العالم»
 * propose a section. Copy that would break a stored body's limits is refused.
 */
export function parseWireText(text: string, sections: WireSection[] = []): WireParseResult {
  if (new TextEncoder().encode(text).length > MAX_WIRE_TEXT_BYTES) {
    return { ok: false, code: "too_large", refusal: { reason: "wire_too_large", params: { megabytes: MAX_WIRE_TEXT_BYTES / 1_000_000 } } };
  }
  if (looksBinary(text)) return { ok: false, code: "binary", refusal: { reason: "wire_not_text" } };
  const chunks = splitChunks(text);
  if (chunks.length === 0) return { ok: false, code: "empty", refusal: { reason: "wire_empty" } };

  const sectionByKey = new Map<string, string>();
  for (const section of sections) for (const name of section.names) sectionByKey.set(searchKey(name), section.slug);

  const droppedLines: string[] = [];
  let sectionSlug: string | null = null;
  let headline: string | null = null;
  let dateline: WireStory["dateline"] = null;
  const blocks: WireBlock[] = [];

  for (const chunk of chunks) {
    // A hard-wrapped paragraph spans several lines of one chunk.
    let buffer: string[] = [];
    const flush = () => {
      if (buffer.length) blocks.push({ kind: "paragraph", text: buffer.join(" ") });
      buffer = [];
    };
    for (const line of chunk) {
      const key = searchKey(line);
      const section = sectionByKey.get(key);
      if (CHROME_LINES.includes(key) || section) {
        if (section) sectionSlug ??= section;
        droppedLines.push(line);
        continue;
      }
      if (headline === null) {
        headline = line;
        continue;
      }
      if (dateline === null && blocks.length === 0 && buffer.length === 0) {
        const parsed = parseDateline(line);
        if (parsed) {
          dateline = parsed;
          continue;
        }
      }
      const related = parseRelatedLine(line);
      if (related) {
        flush();
        blocks.push({ kind: "related", headline: related });
      } else {
        buffer.push(line);
      }
    }
    flush();
  }

  if (headline === null) return { ok: false, code: "no_headline", refusal: { reason: "wire_no_headline" } };
  if (!blocks.some((b) => b.kind === "paragraph")) return { ok: false, code: "no_body", refusal: { reason: "wire_no_body" } };
  const story: WireStory = { headline, dateline, blocks, sectionSlug, droppedLines };
  // Checked here, so that whatever parses is a story that can be stored.
  const problem = wireLimitProblem(headline, wireBodyDocument(story));
  return problem ? { ok: false, ...problem } : { ok: true, story };
}

/** The story's body as a rich-text document; related lines become unresolved references. */
export function wireBodyDocument(story: WireStory): RichTextDocument {
  return {
    type: "doc",
    content: story.blocks.map((b) => (b.kind === "paragraph" ? paragraph(b.text) : relatedStory(b.headline))),
  };
}
