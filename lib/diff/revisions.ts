import type { RichTextDocument } from "../richtext/schema";
import { documentToPlainText } from "../richtext/text";
import { DiffBudget } from "./budget";
import { diffText, type DiffPart } from "./words";

export type RevisionText = { headline: string; dek: string | null; body: RichTextDocument };
/** `coarse`: some changed stretch is shown whole, without word marks, to keep the work bounded. */
export type RevisionDiff = { headline: DiffPart[]; dek: DiffPart[]; body: DiffPart[]; coarse: boolean };

/**
 * What changed between two versions of a story, word by word, field by
 * field, within one budget of work (the short fields first), so the
 * request that asks for it stays fast whatever the versions hold.
 */
export function diffRevisions(before: RevisionText, after: RevisionText, language: "ar" | "en", budget = new DiffBudget()): RevisionDiff {
  const headline = diffText(before.headline, after.headline, language, budget);
  const dek = diffText(before.dek ?? "", after.dek ?? "", language, budget);
  const body = diffText(documentToPlainText(before.body), documentToPlainText(after.body), language, budget);
  return { headline, dek, body, coarse: budget.coarse };
}
