import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsPattern, escapeLike } from "./like";

/** An independent reading of a LIKE pattern with backslash escapes, as PostgreSQL reads it. */
function likeMatches(pattern: string, value: string): boolean {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") source += (pattern[++i] ?? "").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    else if (c === "%") source += "[\\s\\S]*";
    else if (c === "_") source += "[\\s\\S]";
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "u").test(value);
}

describe("escapeLike", () => {
  it("escapes the wildcards and the escape character, and nothing else", () => {
    expect(escapeLike("50% off_now \\ here")).toBe("50\\% off\\_now \\\\ here");
    expect(escapeLike("إعلان عاجل")).toBe("إعلان عاجل");
  });

  it("makes a contains-pattern match exactly the values that contain the text", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "%", "_", "\\", "ع"), maxLength: 6 });
    fc.assert(
      fc.property(text, text, text, (before, needle, after) => {
        expect(likeMatches(containsPattern(needle), `${before}${needle}${after}`)).toBe(true);
        expect(likeMatches(containsPattern(needle), before)).toBe(before.includes(needle));
      }),
    );
  });
});
