import { describe, expect, it } from "vitest";
import { publicTags as t, tagsFor, type PublicChange } from "./public-tags";

const WORLD = "7d9f6c58-0000-4000-8000-000000000001";
const STORY = "a1b2c3d4-0000-4000-8000-000000000003";
const here = { sectionSlug: "world", slug: "كامبريدج-أناليتيكا" };
const there = { sectionSlug: "sport", slug: "new-address" };

describe("tagsFor", () => {
  const cases: Array<[string, PublicChange, string[]]> = [
    [
      "a first publication shows up on its page, its address and the latest list",
      { type: "story.published", storyId: STORY, address: here },
      [t.story(STORY), t.address("world", here.slug), t.latest],
    ],
    [
      "an unpublished story leaves the same places",
      { type: "story.unpublished", storyId: STORY, address: here },
      [t.story(STORY), t.address("world", here.slug), t.latest],
    ],
    [
      "a published update changes only what shows the story (its page, lists and pages linking to it)",
      { type: "story.updated", storyId: STORY },
      [t.story(STORY)],
    ],
    [
      "a new slug in the same section touches both addresses",
      { type: "story.moved", storyId: STORY, from: here, to: { ...here, slug: "x" } },
      [t.story(STORY), t.address("world", here.slug), t.address("world", "x")],
    ],
    [
      "a move to another section touches both addresses (its section's name reaches its page through the story)",
      { type: "story.moved", storyId: STORY, from: here, to: there },
      [t.story(STORY), t.address("world", here.slug), t.address("sport", "new-address")],
    ],
    ["a renamed or hidden section changes what shows it", { type: "section.changed", sectionId: WORLD, paths: [] }, [t.section(WORLD)]],
    [
      "a re-addressed section changes every address under its old and new paths",
      { type: "section.changed", sectionId: WORLD, paths: ["world", "international"] },
      [t.section(WORLD), t.sectionPath("world"), t.sectionPath("international")],
    ],
    ["a renamed person changes their bylines", { type: "person.renamed", personId: STORY }, [t.person(STORY)]],
  ];
  it.each(cases)("%s", (_name, change, expected) => {
    expect(tagsFor(change).sort()).toEqual([...expected].sort());
  });

  it("hashes addresses into short ASCII tags that tell addresses apart", () => {
    const long = "أ".repeat(400);
    expect(t.address("world", long)).toMatch(/^address:[A-Za-z0-9_-]{22}$/);
    expect(t.address("world", "a/b")).not.toBe(t.address("world/a", "b"));
    expect(t.address("world", "x")).toBe(t.address("world", "x"));
    expect(t.sectionPath("world")).not.toBe(t.sectionPath("sport"));
  });
});
