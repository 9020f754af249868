import { describe, expect, it } from "vitest";
import { homeLineup, homePinExpiry, isPinned } from "./lineup";

describe("the home page's lineup", () => {
  const newest = ["n1", "n2", "n3", "n4", "n5", "n6", "n7"];

  it("is the newest stories when nobody chose any", () => {
    expect(homeLineup([], newest)).toEqual(["n1", "n2", "n3", "n4", "n5"]);
  });

  it("puts each pinned story in its slot and fills the others with the newest not shown", () => {
    expect(
      homeLineup(
        [
          { id: "p-lead", slot: 1 },
          { id: "n2", slot: 4 },
        ],
        newest,
      ),
    ).toEqual(["p-lead", "n1", "n3", "n2", "n4"]);
  });

  it("never shows a story twice, and is shorter only when the site has fewer stories", () => {
    expect(homeLineup([{ id: "n1", slot: 3 }], ["n1", "n2"])).toEqual(["n2", "n1"]);
    expect(homeLineup([], [])).toEqual([]);
  });

  it("ignores a slot outside the page", () => {
    expect(homeLineup([{ id: "x", slot: 9 }], newest, 2)).toEqual(["n1", "n2"]);
  });

  it("pins for six hours by default; a pin is over at its time", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(homePinExpiry(undefined, now)).toEqual(new Date("2026-12-01T16:00:00Z"));
    expect(homePinExpiry(60, now)).toEqual(new Date("2026-12-01T11:00:00Z"));
    expect(isPinned({ homeSlot: 1, homeUntil: new Date("2026-12-01T10:00:01Z") }, now)).toBe(true);
    expect(isPinned({ homeSlot: 1, homeUntil: now }, now)).toBe(false);
    expect(isPinned({ homeSlot: null, homeUntil: null }, now)).toBe(false);
  });
});
