import { diffArrays } from "diff";

/**
 * A shortest edit script between two sequences of numbers, from jsdiff
 * (Myers' algorithm), within a counted number of steps. jsdiff is told the
 * largest edit distance it may reach (`maxEditLength`), chosen so that even
 * the slowest search up to that distance fits in the steps allowed: the
 * work is bounded by counting, never by a clock, so a diff comes out the
 * same on a busy machine and in the tests.
 */

/** Equal items: `length` of them from `a[aStart]` and `b[bStart]`. */
export type Run = { aStart: number; bStart: number; length: number };

/** The runs, or undefined when the limit came first; `steps` is the work charged either way. */
export type EditScript = { runs: Run[] | undefined; steps: number };

/**
 * The runs of a longest common subsequence of `a` and `b`, in order, and the
 * steps charged for them: `worstSteps` at the edit distance found, which is
 * at most `limit`. `runs` is undefined when the distance is beyond what
 * `limit` can pay for; the steps charged are then `limit`.
 */
export function editScript(a: number[], b: number[], limit: number): EditScript {
  const reachable = maxEditLength(a.length, b.length, limit);
  if (reachable < 0) return { runs: undefined, steps: limit };
  const changes = diffArrays(a, b, { maxEditLength: reachable });
  if (!changes) return { runs: undefined, steps: limit };

  const runs: Run[] = [];
  let aAt = 0;
  let bAt = 0;
  for (const change of changes) {
    if (!change.added && !change.removed) runs.push({ aStart: aAt, bStart: bAt, length: change.count });
    if (!change.added) aAt += change.count;
    if (!change.removed) bAt += change.count;
  }
  // Every item outside the runs was removed or added: that is the edit distance.
  const distance = a.length + b.length - 2 * runs.reduce((sum, run) => sum + run.length, 0);
  return { runs, steps: worstSteps(a.length, b.length, distance) };
}

/**
 * The most steps jsdiff can take to search sequences of lengths `n` and `m`
 * up to edit distance `d`, a step being one visit of a diagonal of the edit
 * graph or one comparison of two items. Round e (0…d) visits at most e + 1
 * diagonals, each ending with at most one failed comparison; the equal
 * items walked past along one diagonal are never walked again, so at most
 * min(n, m) on each of at most 2d + 1 diagonals (of the n + m + 1 there are).
 */
export function worstSteps(n: number, m: number, d: number): number {
  const visits = ((d + 1) * (d + 2)) / 2;
  return 2 * visits + Math.min(n, m) * Math.min(2 * d + 1, n + m + 1);
}

/** The largest edit distance (at most n + m) whose search fits in `limit` steps, or -1 if none does. */
function maxEditLength(n: number, m: number, limit: number): number {
  if (worstSteps(n, m, 0) > limit) return -1;
  let fits = 0;
  let tooFar = n + m + 1;
  while (tooFar - fits > 1) {
    const middle = Math.floor((fits + tooFar) / 2);
    if (worstSteps(n, m, middle) <= limit) fits = middle;
    else tooFar = middle;
  }
  return fits;
}
