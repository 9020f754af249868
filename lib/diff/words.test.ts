import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiffBudget } from "./budget";
import { diffText, hasChanges, splitParagraphs, type DiffPart } from "./words";

it("marks exactly the Arabic word that changed", () => {
  const parts = diffText("وأكدت الوكالة أن ما لا يقل عن أربعة موظفين", "وأكدت الوكالة أن ما لا يقل عن خمسة موظفين", "ar");
  expect(parts.filter((p) => p.kind === "removed").map((p) => p.text.trim())).toEqual(["أربعة"]);
  expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toEqual(["خمسة"]);
});

it("treats a prefixed word as one word", () => {
  const parts = diffText("قال الرئيس", "وقال الرئيس", "ar");
  expect(parts.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text.trim()])).toEqual([
    ["removed", "قال"],
    ["added", "وقال"],
  ]);
});

it("diffs English by words and reports no change for equal texts", () => {
  const parts = diffText("Storm closes three ports", "Storm closes four ports", "en");
  expect(parts.filter((p) => p.kind !== "same").map((p) => p.text.trim())).toEqual(["three", "four"]);
  expect(hasChanges(diffText("same text", "same text", "en"))).toBe(false);
});

describe("splitParagraphs", () => {
  it("groups parts by blank-line breaks, whichever side they come from", () => {
    const parts = [
      { kind: "same", text: "Dockworkers returned.\n\nقال " },
      { kind: "removed", text: "المتحدث" },
      { kind: "added", text: "الناطق" },
      { kind: "same", text: ": انتهى." },
      { kind: "added", text: "\n\nفقرة جديدة" },
    ] as const;
    expect(splitParagraphs([...parts])).toEqual([
      [{ kind: "same", text: "Dockworkers returned." }],
      [
        { kind: "same", text: "قال " },
        { kind: "removed", text: "المتحدث" },
        { kind: "added", text: "الناطق" },
        { kind: "same", text: ": انتهى." },
      ],
      [{ kind: "added", text: "فقرة جديدة" }],
    ]);
  });
});

// Words, prefixed words, punctuation and both kinds of break: enough overlap for real diffs.
const unit = fc.constantFrom(
  "قال",
  "الرئيس",
  "وقال",
  "أربعة",
  "خمسة",
  "ميناء",
  "the",
  "port",
  "3.5",
  "،",
  ".",
  "«",
  "»",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\n\n\n",
);
const units = fc.array(unit, { maxLength: 60 });
/** A second version: the first with some units replaced, deleted or inserted, or an unrelated text. */
const versions = fc.oneof(
  fc.tuple(units, fc.array(fc.tuple(fc.nat(), fc.constantFrom("replace", "delete", "insert"), unit), { maxLength: 8 })).map(([before, edits]) => {
    const after = [...before];
    for (const [at, edit, value] of edits) {
      const i = after.length === 0 ? 0 : at % after.length;
      if (edit === "insert" || after.length === 0) after.splice(i, 0, value);
      else if (edit === "replace") after[i] = value;
      else after.splice(i, 1);
    }
    return [before.join(""), after.join("")] as const;
  }),
  fc.tuple(units, units).map(([before, after]) => [before.join(""), after.join("")] as const),
);
const budgets = fc.oneof(
  fc.constant(() => new DiffBudget()),
  fc.tuple(fc.nat(400), fc.nat(400)).map(
    ([steps, characters]) =>
      () =>
        new DiffBudget(steps, characters),
  ),
);

/** Where each part starts and ends in the side it belongs to. */
function boundaries(parts: DiffPart[], side: "removed" | "added"): number[] {
  const cuts: number[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.kind === "same" || part.kind === side) cuts.push((at += part.text.length));
  }
  return cuts;
}

describe("diffText on any two texts", () => {
  it("joins back to both texts exactly, however small the budget", () => {
    fc.assert(
      fc.property(versions, budgets, fc.constantFrom("ar", "en"), ([before, after], budget, language) => {
        const parts = diffText(before, after, language as "ar" | "en", budget());
        expect(
          parts
            .filter((p) => p.kind !== "added")
            .map((p) => p.text)
            .join(""),
        ).toBe(before);
        expect(
          parts
            .filter((p) => p.kind !== "removed")
            .map((p) => p.text)
            .join(""),
        ).toBe(after);
        expect(parts.every((p) => p.text.length > 0)).toBe(true);
        expect(parts.every((p, i) => i === 0 || parts[i - 1]!.kind !== p.kind)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it("never cuts inside a word", () => {
    const segmenter = new Intl.Segmenter("ar", { granularity: "word" });
    // Positions inside a word (whitespace may be cut anywhere).
    const insideWords = (text: string) =>
      new Set(
        [...segmenter.segment(text)]
          .filter((s) => /\S/.test(s.segment))
          .flatMap((s) => Array.from({ length: s.segment.length - 1 }, (_, i) => s.index + i + 1)),
      );
    fc.assert(
      fc.property(versions, budgets, ([before, after], budget) => {
        const parts = diffText(before, after, "ar", budget());
        const inBefore = insideWords(before);
        const inAfter = insideWords(after);
        expect(boundaries(parts, "removed").filter((cut) => inBefore.has(cut))).toEqual([]);
        expect(boundaries(parts, "added").filter((cut) => inAfter.has(cut))).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it("marks words, not whole stretches, while the budget lasts", () => {
    fc.assert(
      fc.property(versions, ([before, after]) => {
        const budget = new DiffBudget();
        diffText(before, after, "ar", budget);
        expect(budget.coarse).toBe(false);
      }),
    );
  });
});

describe("diffText past its budget", () => {
  it("shows each changed stretch removed and added whole, still exact", () => {
    const before = "أكدت الوكالة أن أربعة موظفين\n\nفقرة ثانية لم تتغير\n\nوقال المتحدث إن الميناء مغلق";
    const after = "أكدت الوكالة أن خمسة موظفين\n\nفقرة ثانية لم تتغير\n\nوقال الناطق إن الميناء مفتوح";
    const budget = new DiffBudget(0, 0);
    const parts = diffText(before, after, "ar", budget);
    expect(budget.coarse).toBe(true);
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
    // What both versions start and end with still shows as unchanged.
    expect(splitParagraphs(parts).map((p) => p.map((part) => [part.kind, part.text]))).toEqual([
      [
        ["same", "أكدت الوكالة أن "],
        ["removed", "أربعة"],
        ["added", "خمسة"],
        ["same", " موظفين"],
      ],
      [["same", "فقرة ثانية لم تتغير"]],
      [
        ["same", "وقال "],
        ["removed", "المتحدث إن الميناء مغلق"],
        ["added", "الناطق إن الميناء مفتوح"],
      ],
    ]);
  });

  it("gives word marks to the small changes first", () => {
    const rewritten = (seed: number) => Array.from({ length: 400 }, (_, i) => `كلمة${((i + 1) * seed) % 97}`).join(" ");
    const before = `قال الرئيس إن أربعة موظفين\n\n${rewritten(3)}`;
    const after = `قال الرئيس إن خمسة موظفين\n\n${rewritten(7)}`;
    const budget = new DiffBudget(20_000, 60_000);
    const [first, second] = splitParagraphs(diffText(before, after, "ar", budget));
    expect(budget.coarse).toBe(true);
    expect(first!.filter((p) => p.kind !== "same").map((p) => p.text)).toEqual(["أربعة", "خمسة"]);
    expect(second!.map((p) => p.kind)).toEqual(["removed", "added"]);
  });
});
