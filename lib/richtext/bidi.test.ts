import { describe, expect, it } from "vitest";
import { neutraliseDocumentBidi } from "./bidi";
import { checkDocument, type RichTextDocument } from "./schema";

const RLO = "\u202E";
const [LRI, PDI] = ["\u2066", "\u2069"];
const text = (t: string, bold = false) => (bold ? { type: "text" as const, text: t, marks: [{ type: "bold" as const }] } : { type: "text" as const, text: t });
const doc = (...content: RichTextDocument["content"]): RichTextDocument => ({ type: "doc", content });

describe("neutraliseDocumentBidi", () => {
  it("removes an override a paragraph never closes", () => {
    expect(neutraliseDocumentBidi(doc({ type: "paragraph", content: [text(`${RLO}evil`)] }))).toEqual(doc({ type: "paragraph", content: [text("evil")] }));
  });

  it("keeps an isolate that opens in one text node and closes in the next", () => {
    const body = doc({ type: "paragraph", content: [text(`قال ${LRI}`), text("Mark Zuckerberg", true), text(`${PDI} إن`)] });
    expect(neutraliseDocumentBidi(body)).toBe(body);
  });

  it("pairs within a line: a hard break ends what was open", () => {
    const body = doc({ type: "heading", attrs: { level: 2 }, content: [text(`${LRI}a`), { type: "hardBreak" }, text(`b${PDI}`)] });
    expect(neutraliseDocumentBidi(body)).toEqual(doc({ type: "heading", attrs: { level: 2 }, content: [text("a"), { type: "hardBreak" }, text("b")] }));
  });

  it("drops a text node that was only a stray control, inside quotes and lists too", () => {
    const body = doc(
      { type: "blockquote", content: [{ type: "paragraph", content: [text("«اقتباس»"), text(RLO, true)] }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text(`${PDI}بند`)] }] }] },
    );
    expect(neutraliseDocumentBidi(body)).toEqual(
      doc(
        { type: "blockquote", content: [{ type: "paragraph", content: [text("«اقتباس»")] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("بند")] }] }] },
      ),
    );
  });

  it("returns the very same document when there is nothing to remove", () => {
    const body = doc({ type: "paragraph", content: [text("نص عادي")] }, { type: "relatedStory", attrs: { articleId: null, headline: "قصة" } });
    expect(neutraliseDocumentBidi(body)).toBe(body);
  });
});

describe("checkDocument", () => {
  it("stores a body without its unpaired bidi controls", () => {
    const checked = checkDocument({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: `${RLO}الفقرة` }] },
        { type: "relatedStory", attrs: { articleId: null, headline: `خبر سابق${RLO}` } },
      ],
    });
    expect(checked).toEqual({
      ok: true,
      document: doc({ type: "paragraph", content: [text("الفقرة")] }, { type: "relatedStory", attrs: { articleId: null, headline: "خبر سابق" } }),
    });
  });

  it("refuses a related story whose headline is nothing but a control", () => {
    expect(checkDocument({ type: "doc", content: [{ type: "relatedStory", attrs: { articleId: null, headline: RLO } }] }).ok).toBe(false);
  });
});
