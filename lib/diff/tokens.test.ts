import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiffBudget } from "./budget";
import { tokenize } from "./tokens";

const arabic = new Intl.Segmenter("ar", { granularity: "word" });

function tokenTexts(text: string, segmenter = arabic): string[] {
  const tokens = tokenize(text, 0, text.length, segmenter, new Map(), new DiffBudget())!;
  return tokens.starts.map((start, i) => text.slice(start, tokens.ends[i]));
}

/** What the segmenter itself makes of the whole text at once: the behaviour to keep. */
function segmenterWords(text: string, segmenter = arabic): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment).filter((s) => !/^\s+$/.test(s));
}

// Letters (a mark only ever after one), tatweel, digits of both kinds, punctuation, spaces and line breaks.
const unit = fc.constantFrom(
  "ا",
  "ل",
  "و",
  "ب",
  "ة",
  "ي",
  "ء",
  "أ",
  "ـ",
  "بَ",
  "سِّ",
  "a",
  "Z",
  "é",
  "3",
  "٤",
  "٣",
  "،",
  ".",
  "«",
  "»",
  "'",
  "-",
  ":",
  "؟",
  "(",
  "%",
  "😀",
  "中",
  "文",
  "ไทย",
  " ",
  " ",
  " ",
  "\n",
  "\n\n",
);
const text = fc.array(unit, { maxLength: 80 }).map((units) => units.join(""));

describe("tokenize", () => {
  it("finds the words the segmenter finds, whitespace left out", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokenTexts(t)).toEqual(segmenterWords(t));
      }),
      { numRuns: 1_000 },
    );
  });

  it("keeps an Arabic word with its prefixes whole and punctuation apart", () => {
    expect(tokenTexts("«وقال المتحدث: إنّ الوكالة، بالتأكيد.»")).toEqual(["«", "وقال", "المتحدث", ":", "إنّ", "الوكالة", "،", "بالتأكيد", ".", "»"]);
    expect(tokenTexts("Storm closes U.S. ports, doesn't it?", new Intl.Segmenter("en", { granularity: "word" }))).toEqual(
      segmenterWords("Storm closes U.S. ports, doesn't it?", new Intl.Segmenter("en", { granularity: "word" })),
    );
  });

  it("gives positions in the whole text and one id per distinct word", () => {
    const t = "قبل: أكدت الوكالة أن الوكالة";
    const tokens = tokenize(t, 5, t.length, arabic, new Map(), new DiffBudget())!;
    expect(tokens.starts.map((s, i) => t.slice(s, tokens.ends[i]))).toEqual(["أكدت", "الوكالة", "أن", "الوكالة"]);
    expect(tokens.ids[1]).toBe(tokens.ids[3]);
    expect(new Set(tokens.ids).size).toBe(3);
  });

  it("refuses a stretch that would cost more than the budget has left, without starting it", () => {
    const budget = new DiffBudget(0, 1_000);
    expect(tokenize("أكدت الوكالة، أن".repeat(100), 0, 1_600, arabic, new Map(), budget)).toBeUndefined();
    expect(budget.characters).toBe(0);
    // Looking at the text fits, the segmenter calls its punctuation needs do not.
    expect(tokenize("«أكدت» الوكالة، أن ".repeat(50), 0, 950, arabic, new Map(), budget)).toBeUndefined();
    expect(budget.characters).toBeLessThanOrEqual(1_000);
  });

  it("segments a 190,000-character paragraph in pieces, in linear time", () => {
    // Handed whole to the segmenter this takes tens of seconds and gigabytes.
    const sentence = "الوكالة، «قال» المتحدث: 3.5% ";
    const t = sentence.repeat(6_500);
    const tokens = tokenize(t, 0, t.length, arabic, new Map(), new DiffBudget(0, Infinity))!;
    expect(tokens.ids.length).toBe(segmenterWords(sentence).length * 6_500);
  }, 20_000);
});
