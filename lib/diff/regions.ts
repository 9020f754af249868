import type { DiffBudget } from "./budget";
import { editScript } from "./edit-script";

/**
 * The stretches that differ between two texts, found paragraph by paragraph
 * so that the word diff that follows only ever sees small pieces: a one-word
 * fix in a 2,000-paragraph body is one short region, not a 200,000-character
 * problem.
 */

/** before[oldStart, oldEnd) became after[newStart, newEnd). Around and between regions the two texts are equal. */
export type Region = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

type Paragraphs = { starts: number[]; ends: number[]; ids: number[] };

// Paragraph alignment may use at most this share of the steps, so a body
// whose paragraphs were all reordered still leaves some for the words.
const ALIGNMENT_SHARE = 0.5;

const SEPARATOR = /\n{2,}/g;
const WHITESPACE = /\s/;

/** The regions where `before` and `after` differ, in order. */
export function changedRegions(before: string, after: string, budget: DiffBudget): Region[] {
  const intern = new Map<string, number>();
  const a = paragraphs(before, intern);
  const b = paragraphs(after, intern);
  const regions: Region[] = [];
  let i = 0;
  let j = 0;
  let oldAt = 0;
  let newAt = 0;
  // Each pair of equal paragraphs ends a hunk of unpaired ones; the last hunk runs to the end.
  for (const [matchA, matchB] of [...alignParagraphs(a.ids, b.ids, budget), [a.ids.length, b.ids.length] as const]) {
    const oldCuts = a.starts.slice(i + 1, matchA);
    const newCuts = b.starts.slice(j + 1, matchB);
    // As many paragraphs changed as replaced them: most likely each was edited
    // in place, so each is compared with its counterpart alone. Otherwise the
    // hunk is compared as a whole.
    const paired = oldCuts.length === newCuts.length;
    const oldBounds = [oldAt, ...(paired ? oldCuts : []), matchA < a.ids.length ? a.starts[matchA]! : before.length];
    const newBounds = [newAt, ...(paired ? newCuts : []), matchB < b.ids.length ? b.starts[matchB]! : after.length];
    for (let k = 0; k + 1 < oldBounds.length; k++) {
      const region = trimEqualEnds(before, after, { oldStart: oldBounds[k]!, oldEnd: oldBounds[k + 1]!, newStart: newBounds[k]!, newEnd: newBounds[k + 1]! });
      if (region) regions.push(region);
    }
    if (matchA < a.ids.length) {
      oldAt = a.ends[matchA]!;
      newAt = b.ends[matchB]!;
    }
    i = matchA + 1;
    j = matchB + 1;
  }
  return regions;
}

/** The text's paragraphs (between blank lines), each numbered by its text through `intern`. */
function paragraphs(text: string, intern: Map<string, number>): Paragraphs {
  const result: Paragraphs = { starts: [], ends: [], ids: [] };
  let start = 0;
  for (const separator of text.matchAll(SEPARATOR)) {
    addParagraph(result, text, start, separator.index, intern);
    start = separator.index + separator[0].length;
  }
  addParagraph(result, text, start, text.length, intern);
  return result;
}

function addParagraph(paragraphs: Paragraphs, text: string, start: number, end: number, intern: Map<string, number>): void {
  const key = text.slice(start, end);
  let id = intern.get(key);
  if (id === undefined) intern.set(key, (id = intern.size));
  paragraphs.starts.push(start);
  paragraphs.ends.push(end);
  paragraphs.ids.push(id);
}

/**
 * Pairs of indexes of equal paragraphs, in order: the equal first and last
 * ones, and between them a longest common run of those that occur on both
 * sides. If that search runs out of steps, the middle stays unpaired.
 */
function alignParagraphs(a: number[], b: number[], budget: DiffBudget): [number, number][] {
  const pairs: [number, number][] = [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) pairs.push([head, head++]);
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  // A paragraph found on one side only cannot be paired: leaving those out
  // makes two wholly rewritten bodies cost nothing here.
  const inB = new Set(b.slice(head, b.length - tail));
  const inA = new Set(a.slice(head, a.length - tail));
  const keptA: number[] = [];
  const keptB: number[] = [];
  for (let k = head; k < a.length - tail; k++) if (inB.has(a[k]!)) keptA.push(k);
  for (let k = head; k < b.length - tail; k++) if (inA.has(b[k]!)) keptB.push(k);
  if (keptA.length > 0 && keptB.length > 0) {
    const script = editScript(
      keptA.map((k) => a[k]!),
      keptB.map((k) => b[k]!),
      Math.min(budget.stepsLeft, budget.maxSteps * ALIGNMENT_SHARE),
    );
    budget.steps += script.steps;
    if (script.runs) {
      for (const run of script.runs) for (let k = 0; k < run.length; k++) pairs.push([keptA[run.aStart + k]!, keptB[run.bStart + k]!]);
    } else {
      budget.coarse = true;
    }
  }
  for (let k = tail; k > 0; k--) pairs.push([a.length - k, b.length - k]);
  return pairs;
}

/**
 * The region without the text both sides start and end with, cut back to
 * whitespace so that no word is split; null when the two are equal.
 */
function trimEqualEnds(before: string, after: string, region: Region): Region | null {
  const oldLength = region.oldEnd - region.oldStart;
  const newLength = region.newEnd - region.newStart;
  const shorter = Math.min(oldLength, newLength);
  let head = 0;
  while (head < shorter && before.charCodeAt(region.oldStart + head) === after.charCodeAt(region.newStart + head)) head++;
  if (head === oldLength && head === newLength) return null;
  while (head > 0 && !WHITESPACE.test(before[region.oldStart + head - 1]!)) head--;
  let tail = 0;
  while (tail < shorter - head && before.charCodeAt(region.oldEnd - 1 - tail) === after.charCodeAt(region.newEnd - 1 - tail)) tail++;
  while (tail > 0 && !WHITESPACE.test(before[region.oldEnd - tail]!)) tail--;
  return { oldStart: region.oldStart + head, oldEnd: region.oldEnd - tail, newStart: region.newStart + head, newEnd: region.newEnd - tail };
}
