import { describe, expect, it } from "vitest";
import { parseStoryAddress } from "./story-address";

describe("parseStoryAddress", () => {
  it("reads a section and an Arabic slug, percent-encoded or not", () => {
    expect(parseStoryAddress("/world/%D9%83%D8%A7%D9%85%D8%A8%D8%B1%D9%8A%D8%AF%D8%AC")).toEqual({ section: "world", slug: "كامبريدج" });
    expect(parseStoryAddress("/world/كامبريدج/")).toEqual({ section: "world", slug: "كامبريدج" });
  });

  it("is not fooled by application paths, other depths or broken encoding", () => {
    for (const path of ["/api/health", "/dashboard/articles", "/admin/users", "/_next/image", "/world", "/world/a/b", "/", "/world/%E0%A4%A"]) {
      expect(parseStoryAddress(path), path).toBeNull();
    }
  });
});
