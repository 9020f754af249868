import type { RichTextDocument } from "../richtext/schema";
import { documentToPlainText } from "../richtext/text";
import { diffText, type DiffPart } from "./words";

export type RevisionText = { headline: string; dek: string | null; body: RichTextDocument };
export type RevisionDiff = { headline: DiffPart[]; dek: DiffPart[]; body: DiffPart[] };

/** What changed between two versions of a story, word by word, field by field. */
export function diffRevisions(before: RevisionText, after: RevisionText, language: "ar" | "en"): RevisionDiff {
  return {
    headline: diffText(before.headline, after.headline, language),
    dek: diffText(before.dek ?? "", after.dek ?? "", language),
    body: diffText(documentToPlainText(before.body), documentToPlainText(after.body), language),
  };
}
