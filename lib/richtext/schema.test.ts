import { describe, expect, it } from "vitest";
import { paragraph, relatedStory } from "./build";
import { documentToPlainText } from "./text";
import { relatedStoryIds } from "./related";
import { checkDocument, MAX_LIST_DEPTH } from "./schema";

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
    ["a lone surrogate in text", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a\ud800" }] }] }],
    ["a lone surrogate in a link", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://example.test/\udc00" } }] }] }] }],
    ["a lone surrogate in a related story", { type: "doc", content: [{ type: "relatedStory", attrs: { articleId: null, headline: "\ud800" } }] }],
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

/** A body whose one block is `levels` lists, each inside the previous one's only item; built without recursion. */
function nestedLists(levels: number, kinds: ("bulletList" | "orderedList")[] = ["bulletList"]): { type: "doc"; content: unknown[] } {
  let list: unknown = { type: kinds[(levels - 1) % kinds.length], content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "أعمق نقطة" }] }] }] };
  for (let level = levels - 1; level >= 1; level--) {
    list = { type: kinds[(level - 1) % kinds.length], content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: `level ${level}` }] }, list] }] };
  }
  return { type: "doc", content: [list] };
}

describe("checkDocument on nested lists", () => {
  it("accepts lists nested to the limit, bullets and numbers alike", () => {
    expect(MAX_LIST_DEPTH).toBe(8);
    const deepest = checkDocument(nestedLists(MAX_LIST_DEPTH));
    expect(deepest.ok).toBe(true);
    // The walkers that recurse per level (plain text here, the public renderer alike) get only this deep.
    if (deepest.ok) expect(documentToPlainText(deepest.document)).toMatch(/level 1 • level 2 .* • أعمق نقطة$/);
    expect(checkDocument(nestedLists(MAX_LIST_DEPTH, ["bulletList", "orderedList"])).ok).toBe(true);
  });

  it("refuses one level more, saying so at the list that is too deep", () => {
    const result = checkDocument(nestedLists(MAX_LIST_DEPTH + 1, ["orderedList", "bulletList"]));
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ["content.0", ...Array(MAX_LIST_DEPTH).fill("content.0.content.1")].join("."), message: "Lists can be nested at most 8 levels deep." }],
    });
  });

  it.each([1_000, 100_000])("refuses %i nested lists with an issue instead of overflowing the stack", (levels) => {
    const result = checkDocument(nestedLists(levels));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toBe("Lists can be nested at most 8 levels deep.");
  });

  it("refuses nesting deeper than any body could have, whatever the keys are called", () => {
    let deep: unknown = { type: "bold" };
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { type: "link", attrs: deep };
    const result = checkDocument({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [deep] }] }] });
    expect(result).toMatchObject({ ok: false, issues: [{ message: "The body is nested too deeply to be a story." }] });
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
