import { describe, expect, it } from "vitest";
import { BREAKING_MAX_MINUTES, breakingExpiry, isBreaking } from "./expiry";

const now = new Date("2026-12-01T10:00:00Z");

describe("breakingExpiry", () => {
  it("lasts two hours unless told otherwise", () => {
    expect(breakingExpiry({}, now)).toEqual({ ok: true, until: new Date("2026-12-01T12:00:00Z") });
    expect(breakingExpiry({ minutes: 30 }, now)).toEqual({ ok: true, until: new Date("2026-12-01T10:30:00Z") });
    expect(breakingExpiry({ until: new Date("2026-12-01T10:00:05Z") }, now)).toEqual({ ok: true, until: new Date("2026-12-01T10:00:05Z") });
  });

  it("refuses an end already past and one more than two days away", () => {
    expect(breakingExpiry({ until: now }, now)).toEqual({ ok: false, reason: "breaking_until_past" });
    expect(breakingExpiry({ until: new Date(now.getTime() + BREAKING_MAX_MINUTES * 60_000 + 1) }, now)).toEqual({
      ok: false,
      reason: "breaking_until_too_far",
      params: { hours: 48 },
    });
    expect(breakingExpiry({ minutes: BREAKING_MAX_MINUTES }, now).ok).toBe(true);
  });
});

describe("isBreaking", () => {
  it("holds until the end, not at it", () => {
    expect(isBreaking({ breakingUntil: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(isBreaking({ breakingUntil: now }, now)).toBe(false);
    expect(isBreaking({ breakingUntil: null }, now)).toBe(false);
  });
});
