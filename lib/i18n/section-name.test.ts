import { describe, expect, it } from "vitest";
import { sectionChoices, sectionName } from "./section-name";

const world = { slug: "world", nameAr: "أهم أخبار العالم", nameEn: "World", hidden: false };
const archive = { slug: "archive", nameAr: "أرشيف", nameEn: "Archive", hidden: true };
const sports = { slug: "sports", nameAr: "رياضة", nameEn: "Sports", hidden: false };

describe("section names", () => {
  it("names a section in Arabic for ar and in English for en", () => {
    expect(sectionName(world, "ar")).toBe("أهم أخبار العالم");
    expect(sectionName(world, "en")).toBe("World");
  });

  it("offers the visible sections in their order, named in the desk's language", () => {
    expect(sectionChoices([world, archive, sports], "ar")).toEqual([
      { slug: "world", name: "أهم أخبار العالم" },
      { slug: "sports", name: "رياضة" },
    ]);
  });

  it("keeps a story's own section on offer when it is hidden", () => {
    expect(sectionChoices([world, archive, sports], "en", "archive").map((s) => s.slug)).toEqual(["world", "archive", "sports"]);
  });
});
