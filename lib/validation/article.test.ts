import { describe, expect, it } from "vitest";
import { createArticleSchema, updateArticleSchema } from "./article";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const base = { headline: "عنوان", section: "world", language: "ar" };

describe("story bodies", () => {
  it("refuses an emptied editor's document with the body's own message", () => {
    for (const body of [doc({ type: "paragraph" }), doc({ type: "paragraph" }, { type: "paragraph", content: [{ type: "text", text: "  " }] })]) {
      const result = createArticleSchema.safeParse({ ...base, body });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["body", "Write the story's body."]]);
    }
  });

  it("accepts a body that is only a related story", () => {
    const body = doc({ type: "relatedStory", attrs: { articleId: null, headline: "قصة سابقة" } });
    expect(createArticleSchema.safeParse({ ...base, body }).success).toBe(true);
  });

  it("names the place of an invalid node", () => {
    const result = updateArticleSchema.safeParse({ version: 1, body: doc({ type: "paragraph" }, { type: "image", attrs: { src: "x" } }) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^The body is not a valid document \(at content\.1/);
  });

  it("takes autosave only as a boolean", () => {
    expect(updateArticleSchema.safeParse({ version: 1, headline: "x", autosave: true }).data).toMatchObject({ autosave: true });
    const refused = updateArticleSchema.safeParse({ version: 1, headline: "x", autosave: "yes" });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["autosave", "autosave must be true or false."]]);
  });
});
