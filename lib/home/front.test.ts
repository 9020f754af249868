import { describe, expect, it } from "vitest";
import { assembleFront, type FrontReads } from "./front";

type Card = { id: string; sectionId: string };
const story = (id: string, sectionId: string): Card => ({ id, sectionId });

/** A site with its newest stories first, each in a section. */
function site(stories: Card[], sections: string[], pins: { id: string; slot: number }[] = []): FrontReads<Card, { id: string }> {
  const byId = new Map(stories.map((s) => [s.id, s]));
  return {
    pins: async () => pins,
    latestIds: async () => stories.map((s) => s.id),
    sections: async () => sections.map((id) => ({ id })),
    sectionIds: async (sectionId, limit) =>
      stories
        .filter((s) => s.sectionId === sectionId)
        .slice(0, limit)
        .map((s) => s.id),
    cards: async (ids) => ids.flatMap((id) => byId.get(id) ?? []),
  };
}

describe("the home page", () => {
  const stories = [
    story("w1", "world"),
    story("s1", "sport"),
    story("w2", "world"),
    story("e1", "economy"),
    story("w3", "world"),
    story("w4", "world"),
    story("s2", "sport"),
    story("w5", "world"),
    story("w6", "world"),
    story("w7", "world"),
  ];

  it("tops with the newest stories, then a rail per section in the sections' order without repeating the top", async () => {
    const front = await assembleFront(site(stories, ["sport", "world", "economy"]));
    expect(front.top.map((s) => s.id)).toEqual(["w1", "s1", "w2", "e1", "w3"]);
    expect(front.rails.map((r) => [r.section.id, r.stories.map((s) => s.id)])).toEqual([
      ["sport", ["s2"]],
      ["world", ["w4", "w5", "w6", "w7"]],
    ]);
    expect(front.latest.map((s) => s.id)).toEqual(["w4", "s2", "w5", "w6", "w7"]);
  });

  it("puts the editor's pins in their slots, and the pinned story leaves its rail and the latest list", async () => {
    const front = await assembleFront(site(stories, ["world", "sport"], [{ id: "w7", slot: 1 }]));
    expect(front.top.map((s) => s.id)).toEqual(["w7", "w1", "s1", "w2", "e1"]);
    expect(front.rails[0]!.stories.map((s) => s.id)).toEqual(["w3", "w4", "w5", "w6"]);
    expect(front.latest.map((s) => s.id)).not.toContain("w7");
  });

  it("has no rail for a section readers do not see, and is empty on an empty site", async () => {
    const front = await assembleFront(site(stories, ["sport"]));
    expect(front.rails.map((r) => r.section.id)).toEqual(["sport"]);
    expect(await assembleFront(site([], ["world"]))).toEqual({ top: [], rails: [], latest: [] });
  });
});
