import { describe, expect, it } from "vitest";
import { invalid } from "../errors";
import { importOptionsSchema } from "./import";

describe("importOptionsSchema", () => {
  it("takes a section, a year and a language from query or form strings", () => {
    expect(importOptionsSchema.parse({ section: " world ", year: "2018", language: "ar" })).toEqual({ section: "world", year: 2018, language: "ar" });
  });

  it("refuses a section holding NUL (?section=wor%00ld) as invalid, with a message on section", () => {
    const parsed = importOptionsSchema.safeParse(Object.fromEntries(new URLSearchParams("section=wor%00ld")));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(invalid(parsed.error.issues)).toEqual({
      ok: false,
      code: "invalid",
      message: "Check these fields: section.",
      fields: { section: "Remove the invisible NUL character from this text." },
    });
  });

  it("refuses a section that is not text, or too long to be one, with a message on section", () => {
    for (const section of [42, "x".repeat(101)]) {
      const parsed = importOptionsSchema.safeParse({ section });
      expect(parsed.success || invalid(parsed.error.issues).fields).toEqual({ section: expect.any(String) });
    }
  });
});
