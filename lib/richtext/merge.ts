import type { Block, RichTextDocument } from "./schema";
import { sameDocument } from "./editor-json";

/**
 * Both sides of a conflict in one body: their blocks in their order, then each
 * of mine they do not already have. Nothing either person wrote is dropped;
 * the result is meant to be tidied by hand.
 */
export function combineDocuments(theirs: RichTextDocument, mine: RichTextDocument): RichTextDocument {
  const same = (a: Block, b: Block) => sameDocument({ type: "doc", content: [a] }, { type: "doc", content: [b] });
  const extra = mine.content.filter((block) => !theirs.content.some((existing) => same(existing, block)));
  return { type: "doc", content: [...theirs.content, ...extra] };
}
