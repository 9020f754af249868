import { describe, expect, it } from "vitest";
import { paragraph, relatedStory } from "./build";
import { documentToPlainText } from "./text";
import { relatedStoryIds, unresolvedRelated } from "./related";
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
    { type: "image", attrs: { mediaId: id } },
  ],
};

describe("checkDocument", () => {
  it("accepts every allowed node and mark", () => {
    expect(checkDocument(rich)).toEqual({ ok: true, document: rich });
  });

  it.each([
    ["raw HTML as the body", "<p>hello</p>"],
    ["a document with no blocks", { type: "doc", content: [] }],
    ["an unknown node", { type: "doc", content: [{ type: "video", attrs: { src: "x.mp4" } }] }],
    ["a picture by a foreign address", { type: "doc", content: [{ type: "image", attrs: { src: "https://evil.example/x.png" } }] }],
    ["a picture by an address beside its id", { type: "doc", content: [{ type: "image", attrs: { mediaId: id, src: "https://evil.example/x.png" } }] }],
    ["a picture whose id is not one", { type: "doc", content: [{ type: "image", attrs: { mediaId: "../../etc/passwd" } }] }],
    [
      "a picture inside a list",
      { type: "doc", content: [{ type: "bulletList", content: [{ type: "listItem", content: [{ type: "image", attrs: { mediaId: id } }] }] }] },
    ],
    ["an unknown mark", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "underline" }] }] }] }],
    ["an unknown attribute", { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "alert(1)" } }] }],
    [
      "a javascript: link",
      {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
      },
    ],
    [
      "a data: link",
      {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "data:text/html,<script>" } }] }] }],
      },
    ],
    ["a heading level 1", { type: "doc", content: [{ type: "heading", attrs: { level: 1 } }] }],
    ["an empty text node", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "" }] }] }],
    ["a related story with a bad id", { type: "doc", content: [{ type: "relatedStory", attrs: { articleId: "1 OR 1=1", headline: "x" } }] }],
    ["an extra top-level key", { type: "doc", content: [{ type: "paragraph" }], html: "<b>x</b>" }],
    ["a lone surrogate in text", { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "a\ud800" }] }] }],
    [
      "a lone surrogate in a link",
      {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "https://example.test/\udc00" } }] }] }],
      },
    ],
    ["a lone surrogate in a related story", { type: "doc", content: [{ type: "relatedStory", attrs: { articleId: null, headline: "\ud800" } }] }],
  ])("refuses %s", (_label, input) => {
    const result = checkDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });

  it("refuses a body over the size limit, with the limit", () => {
    const big = { type: "doc", content: Array.from({ length: 20 }, () => ({ type: "paragraph", content: [{ type: "text", text: "x".repeat(15_000) }] })) };
    expect(checkDocument(big)).toEqual({ ok: false, issues: [{ path: "", reason: "document_too_long", params: { max: 200_000, path: "" } }] });
  });

  it("says where the problem is, in the refusal's params too", () => {
    const result = checkDocument({ type: "doc", content: [{ type: "paragraph" }, { type: "video" }] });
    expect(result).toEqual({ ok: false, issues: [{ path: "content.1", reason: "document_invalid_at", params: { path: "content.1" } }] });
    expect(checkDocument("<p>hello</p>")).toEqual({ ok: false, issues: [{ path: "", reason: "document_invalid", params: { path: "" } }] });
  });

  it.each([
    [
      "a javascript: link",
      { type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] },
      "link_unsafe",
      "content.0.content.0.marks.0.attrs.href",
      {},
    ],
    ["an empty text node", { type: "paragraph", content: [{ type: "text", text: "" }] }, "text_node_empty", "content.0.content.0.text", { min: 1 }],
    [
      "a text node over the limit",
      { type: "paragraph", content: [{ type: "text", text: "x".repeat(20_001) }] },
      "text_node_too_long",
      "content.0.content.0.text",
      { max: 20_000 },
    ],
    [
      "a NUL in a related headline",
      { type: "relatedStory", attrs: { articleId: null, headline: "a\u0000b" } },
      "document_text_has_nul",
      "content.0.attrs.headline",
      {},
    ],
    [
      "a related headline over the limit",
      { type: "relatedStory", attrs: { articleId: null, headline: "x".repeat(501) } },
      "related_headline_too_long",
      "content.0.attrs.headline",
      { max: 500 },
    ],
  ])("refuses %s with a reason of its own at its place", (_label, block, reason, path, params) => {
    expect(checkDocument({ type: "doc", content: [block] })).toEqual({ ok: false, issues: [{ path, reason, params: { ...params, path } }] });
  });

  it("refuses a body with no blocks, or too many", () => {
    expect(checkDocument({ type: "doc", content: [] })).toMatchObject({ ok: false, issues: [{ reason: "document_empty" }] });
    const many = { type: "doc", content: Array.from({ length: 2_001 }, () => ({ type: "paragraph" })) };
    expect(checkDocument(many)).toMatchObject({ ok: false, issues: [{ reason: "document_too_many_blocks", params: { max: 2_000 } }] });
  });
});

/** A body whose one block is `levels` lists, each inside the previous one's only item; built without recursion. */
function nestedLists(levels: number, kinds: ("bulletList" | "orderedList")[] = ["bulletList"]): { type: "doc"; content: unknown[] } {
  let list: unknown = {
    type: kinds[(levels - 1) % kinds.length],
    content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "أعمق نقطة" }] }] }],
  };
  for (let level = levels - 1; level >= 1; level--) {
    list = {
      type: kinds[(level - 1) % kinds.length],
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: `level ${level}` }] }, list] }],
    };
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
    const deepest = ["content.0", ...Array(MAX_LIST_DEPTH).fill("content.0.content.1")].join(".");
    expect(result).toEqual({
      ok: false,
      issues: [{ path: deepest, reason: "list_too_deep", params: { max: 8, path: deepest } }],
    });
  });

  it.each([1_000, 100_000])("refuses %i nested lists with an issue instead of overflowing the stack", (levels) => {
    const result = checkDocument(nestedLists(levels));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ reason: "list_too_deep", params: { max: 8 } });
  });

  it("refuses nesting deeper than any body could have, whatever the keys are called", () => {
    let deep: unknown = { type: "bold" };
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { type: "link", attrs: deep };
    const result = checkDocument({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [deep] }] }] });
    expect(result).toMatchObject({ ok: false, issues: [{ reason: "document_too_deep" }] });
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
    expect(
      unresolvedRelated({
        type: "doc",
        content: [
          { type: "relatedStory", attrs: { articleId: null, headline: "قصة لم تُربط" } },
          { type: "relatedStory", attrs: { articleId: id, headline: "مربوطة" } },
        ],
      } as never),
    ).toEqual(["قصة لم تُربط"]);
  });
});
