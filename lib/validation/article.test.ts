import { describe, expect, it } from "vitest";
import { createArticleSchema, transitionSchema, updateArticleSchema } from "./article";

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

describe("times", () => {
  it.each(["0000-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])("refuses %s, which the database cannot store, with a message", (deadline) => {
    const refused = updateArticleSchema.safeParse({ version: 1, deadline });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["deadline", "Choose a time between the years 1 and 9999."]]);
    expect(transitionSchema.safeParse({ to: "scheduled", version: 1, publishAt: deadline }).success).toBe(false);
  });

  it("accepts the first and the last instant it can store", () => {
    for (const deadline of ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"]) {
      expect(updateArticleSchema.parse({ version: 1, deadline }).deadline).toEqual(new Date(deadline));
    }
  });
});
