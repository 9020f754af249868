import type { Block, RichTextDocument } from "./schema";
import { sameDocument } from "./editor-json";

/**
 * Both sides of a conflict in one body, each block where it belongs: the
 * blocks both versions have, once, in their order, and between them what
 * each side has alone at that place (theirs first, then mine). Nothing
 * either person wrote is dropped; the result is meant to be tidied by hand,
 * so it also says which of its blocks only theirs had (by index), for the
 * editor to mark.
 */
export function combineDocuments(theirs: RichTextDocument, mine: RichTextDocument): { body: RichTextDocument; theirsOnly: number[] } {
  const same = (a: Block, b: Block) => sameDocument({ type: "doc", content: [a] }, { type: "doc", content: [b] });
  const a = theirs.content;
  const b = mine.content;
  // The longest run of blocks both have, in order (a table of suffix lengths; bodies have at most 2,000 blocks).
  const width = b.length + 1;
  const common = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] = same(a[i]!, b[j]!) ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const content: Block[] = [];
  const theirsOnly: number[] = [];
  const onlyTheirs: Block[] = [];
  const onlyMine: Block[] = [];
  const flush = () => {
    for (const block of onlyTheirs.splice(0)) theirsOnly.push(content.push(block) - 1);
    content.push(...onlyMine.splice(0));
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i]!, b[j]!)) {
      flush();
      content.push(a[i]!);
      i++;
      j++;
    } else if (common[(i + 1) * width + j]! >= common[i * width + j + 1]!) onlyTheirs.push(a[i++]!);
    else onlyMine.push(b[j++]!);
  }
  onlyTheirs.push(...a.slice(i));
  onlyMine.push(...b.slice(j));
  flush();
  return { body: { type: "doc", content }, theirsOnly };
}
