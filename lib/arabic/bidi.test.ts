import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isolate, neutraliseBidiControls, unpairedBidiControls } from "./bidi";

const [LRE, RLE, PDF, LRO, RLO] = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E"];
const [LRI, RLI, FSI, PDI] = ["\u2066", "\u2067", "\u2068", "\u2069"];
const [LRM, RLM, ALM, ZWNJ, ZWJ] = ["\u200E", "\u200F", "\u061C", "\u200C", "\u200D"];
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * An independent judge of the result: deletes innermost matched pairs
 * (an embedding or override with nothing but text up to its PDF, an isolate
 * up to its PDI) until none is left. Well-nested text ends with no control.
 */
function leftoverControls(text: string): string[] {
  return text.split(/[\n\r\u001C-\u001E\u0085\u2028\u2029]/).flatMap((line) => {
    let previous;
    do {
      previous = line;
      line = line
        .replace(/[\u202A\u202B\u202D\u202E][^\u202A-\u202E\u2066-\u2069]*\u202C/g, "")
        .replace(/[\u2066-\u2068][^\u202A-\u202E\u2066-\u2069]*\u2069/g, "");
    } while (line !== previous);
    return line.match(CONTROLS) ?? [];
  });
}

describe("neutraliseBidiControls", () => {
  it("removes a right-to-left override that a headline never closes", () => {
    expect(neutraliseBidiControls(`${RLO}evil`)).toBe("evil");
    expect(neutraliseBidiControls(`عاجل: ${RLO}3202 اتلاس`)).toBe("عاجل: 3202 اتلاس");
  });

  it.each([
    ["an embedding never closed", `a${RLE}b`, "ab"],
    ["a PDF with nothing open", `a${PDF}b`, "ab"],
    ["a PDI with nothing open", `a${PDI}b`, "ab"],
    ["a PDF closing across an isolate, which the algorithm ignores", `${LRI}a${PDF}b${PDI}`, `${LRI}ab${PDI}`],
    ["an embedding left open inside an isolate, which its PDI cuts off", `${RLI}${LRE}a${PDI}`, `${RLI}a${PDI}`],
    ["an override opened on one line and closed on the next", `${RLO}a\nb${PDF}`, "a\nb"],
    ["an isolate split by a paragraph separator", `${FSI}a\u2029b${PDI}`, "a\u2029b"],
    ["an isolate split by a line separator", `${FSI}a\u2028b${PDI}`, "a\u2028b"],
    ["only the surplus of a pair", `${RLO}${RLO}a${PDF}`, `${RLO}a${PDF}`],
  ])("removes %s", (_, input, expected) => {
    expect(neutraliseBidiControls(input)).toBe(expected);
  });

  it.each([
    ["an isolated Latin name in Arabic copy", `أعلنت ${LRI}Cambridge Analytica${PDI} إفلاسها`],
    ["an embedding closed by its PDF", `${RLE}نص${PDF} text`],
    ["an override closed by its PDF", `${LRO}abc${PDF}`],
    ["nested isolates and embeddings", `${RLI}أ ${LRE}b ${LRI}c${PDI}${PDF}${PDI}`],
    ["pairs on each line of several", `${LRI}a${PDI}\n${RLI}ب${PDI}`],
  ])("keeps %s", (_, text) => {
    expect(neutraliseBidiControls(text)).toBe(text);
  });

  it("keeps the marks and joiners that Arabic and Persian text needs", () => {
    const text = `سعر ${LRM}iPhone 15${RLM} ${ALM}١٢٣ می${ZWNJ}خواهم ${ZWJ}ـ`;
    expect(neutraliseBidiControls(text)).toBe(text);
    expect(neutraliseBidiControls(`${RLO}${text}`)).toBe(text);
  });

  it("leaves nothing unpaired, removes only controls, and is stable (property)", () => {
    const piece = fc.constantFrom("a", "ب", " ", "\n", "\u2029", LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, ZWNJ);
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join("")),
        (text) => {
          const result = neutraliseBidiControls(text);
          expect(leftoverControls(result)).toEqual([]);
          expect(result.replace(CONTROLS, "")).toBe(text.replace(CONTROLS, ""));
          expect(neutraliseBidiControls(result)).toBe(result);
        },
      ),
    );
  });

  it("keeps text that is already well nested unchanged (property)", () => {
    const { nested } = fc.letrec((tie) => ({
      nested: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.constantFrom("a", "ب ", "1"),
        fc.tuple(fc.constantFrom(LRE, RLE, LRO, RLO), tie("nested")).map(([open, inner]) => `${open}${inner}${PDF}`),
        fc.tuple(fc.constantFrom(LRI, RLI, FSI), tie("nested")).map(([open, inner]) => `${open}${inner}${PDI}`),
        fc.tuple(tie("nested"), tie("nested")).map(([a, b]) => `${a}${b}`),
      ),
    }));
    fc.assert(
      fc.property(nested as fc.Arbitrary<string>, (text) => {
        expect(neutraliseBidiControls(text)).toBe(text);
      }),
    );
  });
});

describe("isolate", () => {
  it("wraps typed text in a first-strong isolate that closes", () => {
    expect(isolate("Trump -Cambridge")).toBe("\u2068Trump -Cambridge\u2069");
    expect(unpairedBidiControls(`نتائج «${isolate("data: propria!")}»`)).toEqual([]);
  });
});
