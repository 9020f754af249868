import { describe, expect, it } from "vitest";
import { invalid } from "../errors";
import { importOptionsSchema } from "./import";

describe("importOptionsSchema", () => {
  it("takes a section, a year and a language from query or form strings", () => {
    expect(importOptionsSchema.parse({ section: " world ", year: "2018", language: "ar" })).toEqual({
      section: "world",
      year: 2018,
      language: "ar",
      allowDuplicate: false,
    });
  });

  it("imports a duplicate only when asked to, by the API's true or the form's ticked box", () => {
    expect(importOptionsSchema.parse({ allowDuplicate: "true" }).allowDuplicate).toBe(true);
    expect(importOptionsSchema.parse({ allowDuplicate: "on" }).allowDuplicate).toBe(true);
    expect(importOptionsSchema.safeParse({ allowDuplicate: "yes" }).success).toBe(false);
  });

  it("refuses a section holding NUL (?section=wor%00ld) as invalid, with a reason on section", () => {
    const parsed = importOptionsSchema.safeParse(Object.fromEntries(new URLSearchParams("section=wor%00ld")));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(invalid(parsed.error.issues)).toEqual({
      ok: false,
      code: "invalid",
      reason: "check_fields",
      params: { fields: "section" },
      fields: { section: { reason: "text_has_nul" } },
    });
  });

  it("refuses a section that is not text, or too long to be one, with a reason of ours on section", () => {
    for (const [section, reason] of [
      [42, "section_required"],
      ["x".repeat(101), "section_slug_unknown"],
    ] as const) {
      const parsed = importOptionsSchema.safeParse({ section });
      expect(parsed.success || invalid(parsed.error.issues).fields).toEqual({ section: expect.objectContaining({ reason }) });
    }
  });

  it("refuses a year outside 1900–2100 with the whole range, whichever end it misses", () => {
    for (const year of ["1899", "2101"]) {
      const parsed = importOptionsSchema.safeParse({ year });
      expect(parsed.success || invalid(parsed.error.issues).fields).toEqual({ year: { reason: "year_out_of_range", params: { min: 1900, max: 2100 } } });
    }
    expect(importOptionsSchema.safeParse({ year: "MMXVIII" }).error?.issues[0]?.message).toBe("year_not_number");
  });
});
