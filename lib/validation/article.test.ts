import { describe, expect, it } from "vitest";
import { refusalOf } from "../errors";
import { createArticleSchema, listQuerySchema, transitionSchema, updateArticleSchema } from "./article";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const base = { headline: "عنوان", section: "world", language: "ar" };

describe("story bodies", () => {
  it("refuses an emptied editor's document as an empty body", () => {
    for (const body of [doc({ type: "paragraph" }), doc({ type: "paragraph" }, { type: "paragraph", content: [{ type: "text", text: "  " }] })]) {
      const result = createArticleSchema.safeParse({ ...base, body });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["body", "body_empty"]]);
    }
  });

  it("accepts a body that is only a related story", () => {
    const body = doc({ type: "relatedStory", attrs: { articleId: null, headline: "قصة سابقة" } });
    expect(createArticleSchema.safeParse({ ...base, body }).success).toBe(true);
  });

  it("names the place of an invalid node", () => {
    const result = updateArticleSchema.safeParse({ version: 1, body: doc({ type: "paragraph" }, { type: "image", attrs: { src: "x" } }) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["body"], message: "document_invalid_at", params: { path: "content.1" } });
  });

  it("takes autosave only as a boolean", () => {
    expect(updateArticleSchema.safeParse({ version: 1, headline: "x", autosave: true }).data).toMatchObject({ autosave: true });
    const refused = updateArticleSchema.safeParse({ version: 1, headline: "x", autosave: "yes" });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["autosave", "autosave_not_boolean"]]);
  });
});

describe("refusals of a story's fields", () => {
  it("carry the limit a text is over, for the catalogue to word", () => {
    const result = createArticleSchema.safeParse({ ...base, headline: "x".repeat(301), dek: "x".repeat(1001), bodyText: "نص" });
    expect(result.error?.issues.map((i) => [i.path.join("."), refusalOf(i)])).toEqual([
      ["headline", { reason: "headline_too_long", params: { max: 300 } }],
      ["dek", { reason: "dek_too_long", params: { max: 1000 } }],
    ]);
  });

  it("list the statuses and sorts there are", () => {
    expect(refusalOf(transitionSchema.safeParse({ to: "live", version: 1 }).error!.issues[0]!)).toEqual({
      reason: "status_unknown",
      params: { options: "draft, in_review, changes_requested, approved, scheduled, published, unpublished, archived" },
    });
    expect(refusalOf(listQuerySchema.safeParse({ sort: "random" }).error!.issues[0]!)).toMatchObject({
      reason: "sort_unknown",
      params: { options: expect.stringContaining("updated_desc") },
    });
  });

  it("refuses an author that is neither me nor a user id with our reason, however it is wrong", () => {
    for (const author of ["x", 5]) expect(listQuerySchema.safeParse({ author }).error?.issues[0]?.message).toBe("author_invalid");
  });
});

describe("times", () => {
  it.each(["0000-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"])(
    "refuses %s, which the database cannot store, with a message",
    (deadline) => {
      const refused = updateArticleSchema.safeParse({ version: 1, deadline });
      expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["deadline", "time_out_of_range"]]);
      expect(transitionSchema.safeParse({ to: "scheduled", version: 1, publishAt: deadline }).success).toBe(false);
    },
  );

  it("accepts the first and the last instant it can store", () => {
    for (const deadline of ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"]) {
      expect(updateArticleSchema.parse({ version: 1, deadline }).deadline).toEqual(new Date(deadline));
    }
  });
});
