import { describe, expect, it } from "vitest";
import { diffText, hasChanges, splitParagraphs } from "./words";

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
