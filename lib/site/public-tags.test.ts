import { describe, expect, it } from "vitest";
import { publicTags as t, tagsFor, type PublicChange } from "./public-tags";

const WORLD = "7d9f6c58-0000-4000-8000-000000000001";
const STORY = "a1b2c3d4-0000-4000-8000-000000000003";
const SPORT = "7d9f6c58-0000-4000-8000-000000000002";
const here = { sectionId: WORLD, sectionSlug: "world", slug: "كامبريدج-أناليتيكا" };
const there = { sectionId: SPORT, sectionSlug: "sport", slug: "new-address" };
const SARA = "5a1e0000-0000-4000-8000-000000000004";
const authors = [{ id: SARA, slug: "سارة-منصور" }];

describe("tagsFor", () => {
  const cases: Array<[string, PublicChange, string[]]> = [
    [
      "a first publication shows up on its page, its address, the latest list, its section's list and its authors' pages",
      { type: "story.published", storyId: STORY, address: here, authors },
      [t.story(STORY), t.address("world", here.slug), t.latest, t.sectionList(WORLD), t.sitemaps, t.authorList(SARA), t.authorPath("سارة-منصور")],
    ],
    [
      "an unpublished story leaves the same places",
      { type: "story.unpublished", storyId: STORY, address: here, authors },
      [t.story(STORY), t.address("world", here.slug), t.latest, t.sectionList(WORLD), t.sitemaps, t.authorList(SARA), t.authorPath("سارة-منصور")],
    ],
    [
      "a published update changes only what shows the story (its page, lists and pages linking to it)",
      { type: "story.updated", storyId: STORY },
      [t.story(STORY), t.sitemaps],
    ],
    [
      "a new slug in the same section touches both addresses and the section's list (its link)",
      { type: "story.moved", storyId: STORY, from: here, to: { ...here, slug: "x" } },
      [t.story(STORY), t.address("world", here.slug), t.address("world", "x"), t.sectionList(WORLD), t.sitemaps],
    ],
    [
      "a move to another section touches both addresses and both sections' lists (its section's name reaches its page through the story)",
      { type: "story.moved", storyId: STORY, from: here, to: there },
      [t.story(STORY), t.address("world", here.slug), t.address("sport", "new-address"), t.sectionList(WORLD), t.sectionList(SPORT), t.sitemaps],
    ],
    [
      "a renamed or hidden section changes what shows it, and the list of sections readers see",
      { type: "section.changed", sectionId: WORLD, paths: [] },
      [t.section(WORLD), t.sections],
    ],
    [
      "a re-addressed section changes every address under its old and new paths",
      { type: "section.changed", sectionId: WORLD, paths: ["world", "international"] },
      [t.section(WORLD), t.sections, t.sectionPath("world"), t.sectionPath("international")],
    ],
    ["a renamed person changes their bylines", { type: "person.renamed", personId: STORY }, [t.person(STORY)]],
    ["a story marked breaking, cleared or expired changes the bar on every page", { type: "breaking.changed" }, [t.breaking]],
    ["a story pinned to the home page, unpinned or whose pin ended changes the home page's top", { type: "home.changed" }, [t.home]],
    ["a correction published, or a corrected story put out or taken off, changes the corrections page", { type: "corrections.changed" }, [t.corrections]],
    ["a section added, moved or removed changes the navigation and the home page's rails", { type: "sections.reordered" }, [t.sections]],
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
