import { expect, it } from "vitest";
import { paragraph } from "../richtext/build";
import { diffRevisions } from "./revisions";

it("finds a one-word fix in the body and nothing else", () => {
  const before = { headline: "عنوان", dek: null, body: { type: "doc" as const, content: [paragraph("أكدت الوكالة أن أربعة موظفين"), paragraph("فقرة ثانية")] } };
  const after = { ...before, body: { type: "doc" as const, content: [paragraph("أكدت الوكالة أن خمسة موظفين"), paragraph("فقرة ثانية")] } };
  const diff = diffRevisions(before, after, "ar");
  expect(diff.headline.every((p) => p.kind === "same")).toBe(true);
  expect(diff.body.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text.trim()])).toEqual([
    ["removed", "أربعة"],
    ["added", "خمسة"],
  ]);
});
