import { describe, expect, it } from "vitest";
import { addDays, calendarDays, movedTo, shiftAnchor, wallClockOf, weekStart } from "./grid";

describe("calendarDays", () => {
  it("shows seven days from the anchor, which is a Saturday unless another first day was asked for", () => {
    expect(weekStart("2026-12-02")).toBe("2026-11-28");
    expect(weekStart("2026-11-28")).toBe("2026-11-28");
    expect(calendarDays("week", weekStart("2026-12-02"))).toEqual([
      "2026-11-28",
      "2026-11-29",
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
    ]);
    expect(calendarDays("week", "2026-12-01")).toEqual(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"]);
  });

  it("shows a month as the whole weeks that hold it", () => {
    const days = calendarDays("month", "2026-12-15");
    expect(days[0]).toBe("2026-11-28");
    expect(days.at(-1)).toBe("2027-01-01");
    expect(days.length % 7).toBe(0);
    expect(days).toContain("2026-12-31");
  });
});

describe("moving through the calendar", () => {
  it("steps a week or a month at a time, across year ends", () => {
    expect(shiftAnchor("week", "2026-12-30", 1)).toBe("2027-01-06");
    expect(shiftAnchor("month", "2026-12-15", 1)).toBe("2027-01-01");
    expect(shiftAnchor("month", "2026-01-31", -1)).toBe("2025-12-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("movedTo", () => {
  const at = new Date("2026-12-02T07:45:00Z"); // 09:45 in Cairo
  it("keeps the time of day in a month cell and takes the slot's hour in a week cell, on the newsroom's clock", () => {
    expect(wallClockOf(at, "Africa/Cairo")).toEqual({ day: "2026-12-02", hour: 9, minute: 45 });
    expect(movedTo(at, { day: "2026-12-05" }, "Africa/Cairo").toISOString()).toBe("2026-12-05T07:45:00.000Z");
    expect(movedTo(at, { day: "2026-12-03", hour: 14 }, "Africa/Cairo").toISOString()).toBe("2026-12-03T12:45:00.000Z");
  });
});
