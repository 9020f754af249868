import { describe, expect, it } from "vitest";
import { authorHref, authorSlugFrom } from "./author-paths";

describe("author page addresses", () => {
  it("encode the slug, and carry the cursor of an older page", () => {
    expect(authorHref("سارة-منصور")).toBe(`/author/${encodeURIComponent("سارة-منصور")}`);
    expect(authorHref("laila-hassan", "abc")).toBe("/author/laila-hassan/older/abc");
  });

  it("read back the slug, and nothing from a broken escape, an empty or an absurdly long segment", () => {
    expect(authorSlugFrom(encodeURIComponent("سارة-منصور"))).toBe("سارة-منصور");
    expect(authorSlugFrom("%E0%A4%A")).toBeNull();
    expect(authorSlugFrom("")).toBeNull();
    expect(authorSlugFrom("a".repeat(201))).toBeNull();
  });
});
