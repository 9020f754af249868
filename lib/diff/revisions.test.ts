import { describe, expect, it } from "vitest";
import { paragraph } from "../richtext/build";
import { documentSchema } from "../richtext/schema";
import { documentToPlainText } from "../richtext/text";
import { DiffBudget } from "./budget";
import { diffRevisions } from "./revisions";
import { diffShapes, fullBodyParagraphs, sampleBody } from "./samples";
import type { DiffPart } from "./words";

it("finds a one-word fix in the body and nothing else", () => {
  const before = {
    headline: "عنوان",
    dek: null,
    body: { type: "doc" as const, content: [paragraph("أكدت الوكالة أن أربعة موظفين"), paragraph("فقرة ثانية")] },
  };
  const after = { ...before, body: { type: "doc" as const, content: [paragraph("أكدت الوكالة أن خمسة موظفين"), paragraph("فقرة ثانية")] } };
  const diff = diffRevisions(before, after, "ar");
  expect(diff.headline.every((p) => p.kind === "same")).toBe(true);
  expect(diff.coarse).toBe(false);
  expect(diff.body.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text.trim()])).toEqual([
    ["removed", "أربعة"],
    ["added", "خمسة"],
  ]);
});

const side = (parts: DiffPart[], leaveOut: DiffPart["kind"]) =>
  parts
    .filter((p) => p.kind !== leaveOut)
    .map((p) => p.text)
    .join("");
const changes = (parts: DiffPart[]) => parts.filter((p) => p.kind !== "same");

// The history page runs this on the request thread: each of these once took
// seconds to minutes, or ran out of memory, and held up every other request.
// The bound is the budget's count of work; the timeout only catches a hang.
describe("diffRevisions on the largest stories allowed", () => {
  const shapes = diffShapes();

  it("is given stories the editor accepts", () => {
    for (const shape of shapes) {
      expect(documentSchema.safeParse(shape.before.body).success, shape.name).toBe(true);
      expect(documentSchema.safeParse(shape.after.body).success, shape.name).toBe(true);
    }
  });

  it.each(shapes.map((shape) => [shape.name, shape] as const))(
    "%s: does no more work than the budget allows, and stays exact",
    (_, shape) => {
      const budget = new DiffBudget();
      const diff = diffRevisions(shape.before, shape.after, "ar", budget);
      expect(budget.steps).toBeLessThanOrEqual(budget.maxSteps);
      expect(budget.characters).toBeLessThanOrEqual(budget.maxCharacters);
      expect(side(diff.body, "added")).toBe(documentToPlainText(shape.before.body));
      expect(side(diff.body, "removed")).toBe(documentToPlainText(shape.after.body));
    },
    20_000,
  );

  it("marks a one-word fix in a full 2,000-paragraph body as that word", () => {
    const shape = shapes.find((s) => s.name.startsWith("one word fixed in a full"))!;
    const diff = diffRevisions(shape.before, shape.after, "ar");
    expect(diff.coarse).toBe(false);
    expect(changes(diff.body).map((p) => p.kind)).toEqual(["removed", "added"]);
    expect(changes(diff.body)[1]!.text).toBe("خمسة");
  });

  it("marks a one-word fix in every paragraph of a full body word by word", () => {
    const shape = shapes.find((s) => s.name.startsWith("one word fixed in every"))!;
    const diff = diffRevisions(shape.before, shape.after, "ar");
    expect(diff.coarse).toBe(false);
    expect(
      changes(diff.body)
        .filter((p) => p.kind === "added")
        .every((p) => p.text === "خمسة"),
    ).toBe(true);
  });

  it("shows two unrelated 30,000-word bodies whole, without starting the word diff", () => {
    const shape = shapes.find((s) => s.name.startsWith("two different 30,000-word"))!;
    const budget = new DiffBudget();
    const diff = diffRevisions(shape.before, shape.after, "ar", budget);
    expect(diff.coarse).toBe(true);
    expect(changes(diff.body).map((p) => p.kind)).toEqual(["removed", "added"]);
    expect(budget).toMatchObject({ steps: 0, characters: 0 });
  });

  it("gives up on a 20,000-character paragraph replaced by another at the step limit", () => {
    const shape = shapes.find((s) => s.name.startsWith("one 20,000-character"))!;
    const budget = new DiffBudget();
    const diff = diffRevisions(shape.before, shape.after, "ar", budget);
    expect(diff.coarse).toBe(true);
    expect(budget.steps).toBe(budget.maxSteps);
  });

  it("still marks the words of the headline and summary when the body uses up the budget", () => {
    const before = { headline: "العاصفة تغلق ثلاثة موانئ", dek: "ملخص أول", body: sampleBody(fullBodyParagraphs(200, 1)) };
    const after = { headline: "العاصفة تغلق أربعة موانئ", dek: "ملخص ثان", body: sampleBody(fullBodyParagraphs(200, 2)) };
    const diff = diffRevisions(before, after, "ar");
    expect(diff.coarse).toBe(true);
    expect(changes(diff.headline).map((p) => p.text)).toEqual(["ثلاثة", "أربعة"]);
    expect(changes(diff.dek).map((p) => p.text)).toEqual(["أول", "ثان"]);
  });
});
