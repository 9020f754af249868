import { describe, expect, it } from "vitest";
import { paragraph, relatedStory } from "./build";
import { documentToPlainText } from "./text";
import { relatedStoryIds } from "./related";
import { checkDocument } from "./schema";

const id = "6f1c2f5e-8f0a-4d8e-9a57-2f3f0b7c1a11";

const rich = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "عنوان فرعي" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "نص " },
        { type: "text", text: "عريض", marks: [{ type: "bold" }] },
        { type: "hardBreak" },
        { type: "text", text: "link", marks: [{ type: "link", attrs: { href: "https://example.com/a" } }] },
      ],
    },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "“A quote”" }] }] },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "one" }] },
            { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
          ],
        },
      ],
    },
    { type: "relatedStory", attrs: { articleId: id, headline: "قصة أخرى" } },
  ],
};

describe("checkDocument", () => {
  it("accepts every allowed node and mark", () => {
    expect(checkDocument(rich)).toEqual({ ok: true, document: rich });
  });

  it.each([
    ["raw HTML as the body", "<p>hello</p>"],
    ["a document with no blocks", { type: "doc", content: [] }],
    ["an unknown node", { type: "doc", content: [{ type: "image", attrs: { src: "x.png" } }] }],
    ["an unknown mark", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "underline" }] }] }] }],
    ["an unknown attribute", { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" } }] }],
    ["a javascript: link", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] }],
    ["a data: link", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "data:text/html,<script>" } }] }] }] }],
    ["a heading level 1", { type: "doc", content: [{ type: "heading", attrs: { level: 1 } }] }],
    ["an empty text node", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "" }] }] }],
    ["a related story with a bad id", { type: "doc", content: [{ type: "relatedStory", attrs: { articleId: "1 OR 1=1", headline: "x" } }] }],
    ["an extra top-level key", { type: "doc", content: [{ type: "paragraph" }], html: "<b>x</b>" }],
  ])("refuses %s", (_label, input) => {
    const result = checkDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });

  it("refuses a body over the size limit", () => {
    const big = { type: "doc", content: Array.from({ length: 20 }, () => ({ type: "paragraph", content: [{ type: "text", text: "x".repeat(15_000) }] })) };
    expect(checkDocument(big).ok).toBe(false);
  });

  it("says where the problem is", () => {
    const result = checkDocument({ type: "doc", content: [{ type: "paragraph" }, { type: "video" }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe("content.1");
  });
});

describe("plain text", () => {
  it("joins blocks with blank lines, related stories by their headline", () => {
    const doc = { type: "doc" as const, content: [paragraph("الفقرة الأولى."), relatedStory("قصة أخرى"), paragraph("Third one.")] };
    expect(checkDocument(doc).ok).toBe(true);
    expect(documentToPlainText(doc)).toBe("الفقرة الأولى.\n\nقصة أخرى\n\nThird one.");
  });

  it("lists the ids of related stories once each", () => {
    expect(relatedStoryIds(rich as never)).toEqual([id]);
  });
});
