import type { DiffBudget } from "./budget";

/**
 * Words (and punctuation marks) of a stretch of text, as Intl.Segmenter finds
 * them, so that an Arabic word with its attached و / ال / ب is one token.
 * Whitespace is not a token: it is what lies between them.
 */
export type Tokens = { starts: number[]; ends: number[]; ids: number[] };

// The segmenter is slow (about half a microsecond a character, and more per
// call), and V8 copies its whole input into every segment it returns, so a
// long input takes time and memory with the square of its length (a one-word
// fix in a full body ran out of memory after half a minute). Most words need
// no segmenter: a run of Arabic or Latin letters, marks and digits between
// spaces is one word by its rules (UAX #29: letters, digits and combining
// marks do not break apart). Only the other runs go to it, joined by spaces
// into inputs of about PIECE characters.
const PIECE = 256;
// What a call of the segmenter costs besides its characters (measured: as much as forty of them).
const CALL_COST = 40;
const RUN = /\S+/g;
const PLAIN_WORD = /^(?:(?=[\p{Script=Arabic}\p{Script=Latin}\p{Script=Inherited}0-9])[\p{L}\p{M}\p{Nd}])+$/u;
const ONLY_WHITESPACE = /^\s+$/;

/**
 * The tokens of `text` from `start` to `end`, or undefined when that would
 * cost more than `budget` has left. `ids` numbers each distinct token text
 * through `intern`, shared by both sides of a diff, so tokens are compared
 * as numbers.
 */
export function tokenize(
  text: string,
  start: number,
  end: number,
  segmenter: Intl.Segmenter,
  intern: Map<string, number>,
  budget: DiffBudget,
): Tokens | undefined {
  if (!budget.spendCharacters(end - start)) return undefined;
  const stretch = text.slice(start, end);
  const runs: Span[] = [];
  for (const match of stretch.matchAll(RUN)) {
    runs.push({ start: match.index, end: match.index + match[0].length, plain: PLAIN_WORD.test(match[0]) });
  }
  const pieces = segmentRuns(
    stretch,
    runs.filter((run) => !run.plain),
    segmenter,
    budget,
  );
  if (!pieces) return undefined;

  const tokens: Tokens = { starts: [], ends: [], ids: [] };
  let k = 0;
  for (const run of runs) {
    if (run.plain) addToken(tokens, stretch, start, run.start, run.end, intern);
    else for (; k < pieces.length && pieces[k]![0] < run.end; k++) addToken(tokens, stretch, start, pieces[k]![0], pieces[k]![1], intern);
  }
  return tokens;
}

function addToken(tokens: Tokens, stretch: string, offset: number, from: number, to: number, intern: Map<string, number>): void {
  const key = stretch.slice(from, to);
  let id = intern.get(key);
  if (id === undefined) intern.set(key, (id = intern.size));
  tokens.starts.push(offset + from);
  tokens.ends.push(offset + to);
  tokens.ids.push(id);
}

// A stretch between whitespace; `plain` when it is one word without the segmenter.
type Span = { start: number; end: number; plain: boolean };
type Chunk = { at: number; length: number; inInput: number };

/**
 * The segmenter's pieces of `runs`, in order, as [start, end] in `stretch`,
 * whitespace left out; undefined once `budget` cannot pay for the next call.
 */
function segmentRuns(stretch: string, runs: Span[], segmenter: Intl.Segmenter, budget: DiffBudget): [number, number][] | undefined {
  const pieces: [number, number][] = [];
  let input = "";
  let chunks: Chunk[] = [];
  for (const run of runs) {
    for (let from = run.start; from < run.end;) {
      const to = chunkEnd(stretch, from, run.end);
      if (input && input.length + (to - from) > PIECE) {
        if (!budget.spendCharacters(CALL_COST + input.length)) return undefined;
        segmentInput(input, chunks, segmenter, pieces);
        input = "";
        chunks = [];
      }
      chunks.push({ at: from, length: to - from, inInput: input.length });
      input += `${stretch.slice(from, to)} `;
      from = to;
    }
  }
  if (!input) return pieces;
  if (!budget.spendCharacters(CALL_COST + input.length)) return undefined;
  segmentInput(input, chunks, segmenter, pieces);
  return pieces;
}

/** Adds the words the segmenter finds in `input` to `pieces`, placed back where their chunks came from. */
function segmentInput(input: string, chunks: Chunk[], segmenter: Intl.Segmenter, pieces: [number, number][]): void {
  let c = 0;
  for (const { segment, index } of segmenter.segment(input)) {
    if (ONLY_WHITESPACE.test(segment)) continue;
    const segmentEnd = index + segment.length;
    while (c < chunks.length && chunks[c]!.inInput + chunks[c]!.length <= index) c++;
    // Normally one chunk; a segment that took in the joining space is cut back to the chunks it covers.
    for (let d = c; d < chunks.length && chunks[d]!.inInput < segmentEnd; d++) {
      const chunk = chunks[d]!;
      const from = Math.max(index, chunk.inInput);
      const to = Math.min(segmentEnd, chunk.inInput + chunk.length);
      if (from < to) pieces.push([chunk.at + from - chunk.inInput, chunk.at + to - chunk.inInput]);
    }
  }
}

/** A run longer than PIECE is cut into PIECE-character chunks, never inside a surrogate pair: a word cut there is compared as two. */
function chunkEnd(stretch: string, from: number, end: number): number {
  let to = Math.min(end, from + PIECE);
  const code = stretch.charCodeAt(to);
  if (to < end && code >= 0xdc00 && code <= 0xdfff) to--;
  return to;
}
