import { DiffBudget } from "./budget";
import { editScript, type Run } from "./edit-script";
import { changedRegions, type Region } from "./regions";
import { tokenize, type Tokens } from "./tokens";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

const WHITESPACE = /\s/;

/**
 * A word-level diff. Words are found with Intl.Segmenter for the story's
 * language, so Arabic words (with their attached و / ال / ب) are compared
 * whole rather than letter by letter.
 *
 * The work is bounded by `budget` (shared by the fields of one comparison):
 * the texts are compared paragraph by paragraph first, the smallest changed
 * stretches get their word marks first, and a stretch the budget no longer
 * covers is shown as removed, then added, whole (`budget.coarse` tells).
 * Either way the same and removed parts join to `before`, the same and added
 * parts to `after`, whitespace included.
 */
export function diffText(before: string, after: string, language: "ar" | "en", budget = new DiffBudget()): DiffPart[] {
  const regions = changedRegions(before, after, budget);
  const segmenter = new Intl.Segmenter(language, { granularity: "word" });
  const intern = new Map<string, number>();
  // Smallest first: one rewritten page must not use up what a hundred one-word fixes need.
  const bySize = regions.map((_, i) => i).sort((x, y) => size(regions[x]!) - size(regions[y]!));
  const diffs: DiffPart[][] = [];
  for (const i of bySize) diffs[i] = diffRegion(before, after, regions[i]!, segmenter, intern, budget);

  const parts = new Parts();
  let at = 0;
  regions.forEach((region, i) => {
    parts.add("same", before.slice(at, region.oldStart));
    for (const part of diffs[i]!) parts.add(part.kind, part.text);
    at = region.oldEnd;
  });
  parts.add("same", before.slice(at));
  return parts.list;
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

function size(region: Region): number {
  return region.oldEnd - region.oldStart + (region.newEnd - region.newStart);
}

/** One region word by word if the budget allows, else as a whole. */
function diffRegion(before: string, after: string, region: Region, segmenter: Intl.Segmenter, intern: Map<string, number>, budget: DiffBudget): DiffPart[] {
  const parts = new Parts();
  const a = tokenize(before, region.oldStart, region.oldEnd, segmenter, intern, budget);
  const b = a && tokenize(after, region.newStart, region.newEnd, segmenter, intern, budget);
  if (a && b) {
    const script = editScript(a.ids, b.ids, budget.stepsLeft);
    budget.steps += script.steps;
    if (script.runs) {
      addMatched(parts, before, after, region, a, b, script.runs);
      return parts.list;
    }
  }
  budget.coarse = true;
  addGap(parts, before.slice(region.oldStart, region.oldEnd), after.slice(region.newStart, region.newEnd));
  return parts.list;
}

/** The region as its equal tokens, with what lies between them (words removed and added, or whitespace) in between. */
function addMatched(parts: Parts, before: string, after: string, region: Region, a: Tokens, b: Tokens, runs: Run[]): void {
  let oldAt = region.oldStart;
  let newAt = region.newStart;
  for (const run of runs) {
    for (let k = 0; k < run.length; k++) {
      const i = run.aStart + k;
      const j = run.bStart + k;
      addGap(parts, before.slice(oldAt, a.starts[i]), after.slice(newAt, b.starts[j]));
      parts.add("same", before.slice(a.starts[i], a.ends[i]));
      oldAt = a.ends[i]!;
      newAt = b.ends[j]!;
    }
  }
  addGap(parts, before.slice(oldAt, region.oldEnd), after.slice(newAt, region.newEnd));
}

/**
 * What lies between two equal tokens: the whitespace both sides start and
 * end it with is the same, the rest removed, then added. Cut only at
 * whitespace, so no word is split.
 */
function addGap(parts: Parts, removed: string, added: string): void {
  if (removed === added) return parts.add("same", removed);
  const shorter = Math.min(removed.length, added.length);
  let head = 0;
  while (head < shorter && removed[head] === added[head] && WHITESPACE.test(removed[head]!)) head++;
  let tail = 0;
  while (tail < shorter - head && removed.at(-1 - tail) === added.at(-1 - tail) && WHITESPACE.test(removed.at(-1 - tail)!)) tail++;
  parts.add("same", removed.slice(0, head));
  parts.add("removed", removed.slice(head, removed.length - tail));
  parts.add("added", added.slice(head, added.length - tail));
  parts.add("same", removed.slice(removed.length - tail));
}

/** Parts in order, empty ones dropped and neighbours of one kind joined. */
class Parts {
  readonly list: DiffPart[] = [];

  add(kind: DiffPart["kind"], text: string): void {
    if (!text) return;
    const last = this.list.at(-1);
    if (last?.kind === kind) last.text += text;
    else this.list.push({ kind, text });
  }
}
