import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../richtext/schema";
import { MAX_WIRE_TEXT_BYTES, parseWireText, wireBodyDocument, type WireStory } from "./wire-text";

const fixture = readFileSync(new URL("../../db/seed/article-ar-wire.txt", import.meta.url), "utf8");
const sections = [{ slug: "world", names: ["أهم أخبار العالم", "World"] }];

function parseFixture(): WireStory {
  const result = parseWireText(fixture, sections);
  if (!result.ok) throw new Error(`${result.code}: ${result.refusal.reason}`);
  return result.story;
}

describe("parseWireText on the reference story", () => {
  const story = parseFixture();
  const paragraphs = story.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
  const related = story.blocks.filter((b) => b.kind === "related").map((b) => b.headline);

  it("takes the first real line as the headline, not the page chrome", () => {
    expect(story.headline).toBe("رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب");
  });

  it("reads the MM/DD HH:mm dateline", () => {
    expect(story.dateline).toEqual({ month: 6, day: 17, hour: 1, minute: 58 });
  });

  it("keeps the 24 body paragraphs in order, exactly as written", () => {
    expect(paragraphs).toHaveLength(24);
    expect(paragraphs[0]).toBe(
      "يبدو أن الرئيس الأمريكي دونالد ترامب يسعى إلى إعادة انتخابه للمنصب، مرة أخرى، بأي وسيلة ممكنة، حتى وإن كانت من الممكن أن تلقي ظلالًا من الشك حوله.",
    );
    expect(paragraphs[23]).toMatch(/^فمنذ تأسيسها في عام 1999،.*على تمويل\.$/);
    const sourceParagraphs = fixture
      .split("\n")
      .filter((l) => l.trim() && !/^(اقرأ المزيد|المحتوى|Comments|عاجل|أهم أخبار|\d\d\/\d\d|رغم إعلان)/.test(l.trim()));
    expect(paragraphs).toEqual(sourceParagraphs);
  });

  it("turns the three «اقرأ المزيد» lines into related-story references in their places", () => {
    expect(related).toEqual([
      "فضيحة جديدة تهز «فيسبوك».. تسريب بيانات المستخدمين لأكبر شركات الهواتف",
      "«أناليتيكا» تشهر إفلاسها بعد «فضيحة فيسبوك»",
      "«الجارديان» تكشف تورط مستشار ترامب الجديد في فضيحة «كامبريدج أناليتيكا»",
    ]);
    const kinds = story.blocks.map((b) => b.kind);
    expect(kinds.indexOf("related")).toBe(6);
    expect(kinds.lastIndexOf("related")).toBe(20);
  });

  it("drops every chrome line and proposes the section from the footer", () => {
    const everything = [story.headline, ...paragraphs, ...related].join("\n");
    for (const chrome of ["المحتوى الرئيسى", "Comments", "عاجل", "أهم أخبار العالم"]) {
      expect(everything.split("\n")).not.toContain(chrome);
    }
    expect(story.droppedLines).toEqual(["المحتوى الرئيسى", "أهم أخبار العالم", "Comments", "عاجل"]);
    expect(story.sectionSlug).toBe("world");
  });

  it("builds a valid body document with unresolved references", () => {
    const doc = wireBodyDocument(story);
    expect(checkDocument(doc).ok).toBe(true);
    expect(doc.content).toHaveLength(27);
    expect(doc.content[6]).toEqual({
      type: "relatedStory",
      attrs: { articleId: null, headline: related[0] },
    });
  });
});

describe("parseWireText on other input", () => {
  it("handles English copy with hard-wrapped paragraphs and a Read more line", () => {
    const text = [
      "Main content",
      "",
      "Storm closes ports along the coast",
      "",
      "11/02 09:15",
      "",
      "Authorities closed three ports on Monday",
      "as the storm approached.",
      "",
      "Read more: Ports reopen after last year's floods",
      "",
      "Shipping firms said delays would last days.",
      "",
      "World",
      "",
      "Comments",
    ].join("\r\n");
    const result = parseWireText(text, sections);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.headline).toBe("Storm closes ports along the coast");
    expect(result.story.dateline).toEqual({ month: 11, day: 2, hour: 9, minute: 15 });
    expect(result.story.blocks).toEqual([
      { kind: "paragraph", text: "Authorities closed three ports on Monday as the storm approached." },
      { kind: "related", headline: "Ports reopen after last year's floods" },
      { kind: "paragraph", text: "Shipping firms said delays would last days." },
    ]);
    expect(result.story.sectionSlug).toBe("world");
  });

  it("reads a dateline written in Arabic-Indic digits", () => {
    const result = parseWireText("عنوان الخبر\n\n٠٦/١٧ ٠١:٥٨\n\nنص الخبر.");
    expect(result.ok && result.story.dateline).toEqual({ month: 6, day: 17, hour: 1, minute: 58 });
  });

  it.each([
    ["", "empty", "wire_empty"],
    ["   \n\n \t\n", "empty", "wire_empty"],
    ["\u0000\u0001binary\u0002", "binary", "wire_not_text"],
    ["المحتوى الرئيسى\n\nComments\n\nعاجل", "no_headline", "wire_no_headline"],
    ["Only a headline", "no_body", "wire_no_body"],
  ])("refuses %j as %s", (text, code, reason) => {
    const result = parseWireText(text);
    expect(result).toEqual({ ok: false, code, refusal: { reason } });
  });

  it("refuses text over 1 MB", () => {
    const result = parseWireText(`Headline\n\n${"word ".repeat(250_000)}`);
    expect(result).toEqual({ ok: false, code: "too_large", refusal: { reason: "wire_too_large", params: { megabytes: 1 } } });
  });
});

/** Arabic prose of exactly `length` characters (about 1.8 bytes each in UTF-8). */
function prose(length: number): string {
  return `${"كلمة ".repeat(Math.ceil(length / 5)).slice(0, length - 1)}.`;
}

function copy(headline: string, paragraphs: string[]): string {
  return [headline, "06/17 01:58", ...paragraphs].join("\n\n");
}

describe("parseWireText holds copy to the limits of a stored story", () => {
  it("accepts copy right at the limits: a 20,000-character paragraph, 2,000 blocks, a 300-character headline", () => {
    for (const text of [
      copy("عنوان", [prose(20_000)]),
      copy(
        "عنوان",
        Array.from({ length: 2_000 }, (_, i) => `فقرة ${i + 1}.`),
      ),
      copy(prose(300), ["نص."]),
    ]) {
      const result = parseWireText(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(checkDocument(wireBodyDocument(result.story)).ok).toBe(true);
    }
  });

  it("refuses a paragraph over 20,000 characters as too long, quoting its opening", () => {
    const result = parseWireText(copy("عنوان", ["فقرة قصيرة.", prose(20_001)]));
    expect(result).toEqual({
      ok: false,
      code: "too_long",
      refusal: { reason: "wire_paragraph_too_long", params: { opening: `${prose(20_001).slice(0, 40)}…`, length: 20_001, max: 20_000 } },
    });
  });

  it("refuses more than 2,000 paragraphs as too large for one story", () => {
    const result = parseWireText(
      copy(
        "عنوان",
        Array.from({ length: 2_001 }, (_, i) => `فقرة ${i + 1}.`),
      ),
    );
    expect(result).toEqual({ ok: false, code: "too_large", refusal: { reason: "wire_too_many_blocks", params: { count: 2_001, max: 2_000 } } });
  });

  it("refuses a body over 200,000 characters as too large, though every paragraph fits and the copy is under 1 MB", () => {
    const text = copy(
      "عنوان",
      Array.from({ length: 11 }, () => prose(19_000)),
    );
    expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_WIRE_TEXT_BYTES);
    const result = parseWireText(text);
    expect(result).toMatchObject({
      ok: false,
      code: "too_large",
      refusal: { reason: "wire_body_too_long", params: { length: expect.any(Number), max: 200_000 } },
    });
    if (!result.ok) expect(result.refusal.params?.length).toBeGreaterThan(200_000);
  });

  it("refuses a headline over 300 characters instead of cutting it", () => {
    const result = parseWireText(copy(prose(301), ["نص."]));
    expect(result).toEqual({ ok: false, code: "too_long", refusal: { reason: "wire_headline_too_long", params: { length: 301, max: 300 } } });
  });

  it("refuses a «اقرأ المزيد» line naming a headline over 500 characters, quoting the whole of a short one", () => {
    const result = parseWireText(copy("عنوان", ["نص.", `اقرأ المزيد: ${prose(501)}`]));
    expect(result).toEqual({
      ok: false,
      code: "too_long",
      refusal: { reason: "wire_related_too_long", params: { opening: `${prose(501).slice(0, 40)}…`, length: 501, max: 500 } },
    });
  });
});
