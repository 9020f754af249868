import { expect, it } from "vitest";
import { diffText, hasChanges } from "./words";

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
