import { describe, expect, it } from "vitest";
import { toStoredDocument } from "./editor-json";
import { combineDocuments } from "./merge";
import { checkDocument, type RichTextDocument } from "./schema";

describe("toStoredDocument", () => {
  it("keeps only the attributes the schema allows and the result validates", () => {
    const fromEditor = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2, textAlign: null }, content: [{ type: "text", text: "عنوان" }] },
        {
          type: "paragraph",
          content: [
            {
              type: "text",
              text: "رابط",
              marks: [{ type: "link", attrs: { href: "https://example.com", target: "_blank", rel: "noopener", class: null } }, { type: "bold" }],
            },
            { type: "text", text: "" },
          ],
        },
        {
          type: "orderedList",
          attrs: { start: 1, type: null },
          content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "أ" }] }] }],
        },
        { type: "orderedList", attrs: { start: 3, type: null }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "relatedStory", attrs: { articleId: null, headline: "قصة" } },
      ],
    };
    const stored = toStoredDocument(fromEditor);
    expect(stored).toEqual({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "عنوان" }] },
        { type: "paragraph", content: [{ type: "text", text: "رابط", marks: [{ type: "link", attrs: { href: "https://example.com" } }, { type: "bold" }] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "أ" }] }] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "relatedStory", attrs: { articleId: null, headline: "قصة" } },
      ],
    });
    expect(checkDocument(stored).ok).toBe(true);
  });

  it("leaves what the schema forbids in place so validation refuses it", () => {
    const stored = toStoredDocument({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
        { type: "image", attrs: { src: "x" } },
      ],
    });
    const checked = checkDocument(stored);
    expect(checked.ok).toBe(false);
  });

  it("an empty editor is one empty paragraph", () => {
    expect(toStoredDocument({ type: "doc" })).toEqual({ type: "doc", content: [{ type: "paragraph" }] });
    expect(toStoredDocument({ type: "doc", content: [{ type: "paragraph", attrs: { dir: "auto" } }] })).toEqual({
      type: "doc",
      content: [{ type: "paragraph" }],
    });
  });

  it("drops the empty paragraphs the editor keeps at the end, not those between blocks", () => {
    const text = { type: "paragraph", content: [{ type: "text", text: "نص" }] };
    const empty = { type: "paragraph", attrs: { dir: "auto" } };
    expect(toStoredDocument({ type: "doc", content: [text, empty, text, empty, empty] })).toEqual({
      type: "doc",
      content: [text, { type: "paragraph" }, text],
    });
  });
});

describe("combineDocuments", () => {
  const p = (text: string) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] });
  it("keeps every block of both, each where it belongs: a changed paragraph beside the other version's", () => {
    const theirs: RichTextDocument = { type: "doc", content: [p("أ"), p("ب معدلة"), p("ج")] };
    const mine: RichTextDocument = { type: "doc", content: [p("أ"), p("ب"), p("ج"), p("د")] };
    expect(combineDocuments(theirs, mine)).toEqual({ body: { type: "doc", content: [p("أ"), p("ب معدلة"), p("ب"), p("ج"), p("د")] }, theirsOnly: [1] });
  });

  it("places blocks each side added at the start, in the middle and at the end", () => {
    const theirs: RichTextDocument = { type: "doc", content: [p("مقدمة لهم"), p("أ"), p("ب"), p("وسط لهم"), p("ج")] };
    const mine: RichTextDocument = { type: "doc", content: [p("أ"), p("وسط لي"), p("ب"), p("ج"), p("خاتمة لي")] };
    const combined = combineDocuments(theirs, mine);
    expect(combined.body.content).toEqual([p("مقدمة لهم"), p("أ"), p("وسط لي"), p("ب"), p("وسط لهم"), p("ج"), p("خاتمة لي")]);
    // What only their version had, to be marked in the editor.
    expect(combined.theirsOnly).toEqual([0, 4]);
    expect(combineDocuments(theirs, theirs)).toEqual({ body: theirs, theirsOnly: [] });
  });
});
