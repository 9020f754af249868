import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/**
 * A word-level diff. Words are found with Intl.Segmenter for the story's
 * language, so Arabic words (with their attached و / ال / ب) are compared
 * whole rather than letter by letter.
 */
export function diffText(before: string, after: string, language: "ar" | "en"): DiffPart[] {
  const parts = diffWords(before, after, { intlSegmenter: new Intl.Segmenter(language, { granularity: "word" }) });
  return parts.map((p) => ({ kind: p.added ? "added" : p.removed ? "removed" : "same", text: p.value }));
}

/** Whether two texts differ at all, in words. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}

/**
 * The parts grouped by paragraph (blank-line breaks, on either side), so each
 * can be shown as its own block with its own direction: one block for a whole
 * body would lay out an English paragraph in Arabic copy right-to-left.
 */
export function splitParagraphs(parts: DiffPart[]): DiffPart[][] {
  const paragraphs: DiffPart[][] = [[]];
  for (const part of parts) {
    part.text.split(/\n{2,}/).forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece) paragraphs.at(-1)!.push({ kind: part.kind, text: piece });
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}
