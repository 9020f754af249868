/**
 * A shortest edit script between two sequences of numbers (Myers' O(ND)
 * algorithm), that gives up after a set number of steps instead of running
 * for the square of the input. Written here rather than taken from jsdiff so
 * that every step is counted: a step is one visit of a diagonal or one
 * comparison along it, so the work, and the memory kept for the way back, is
 * at most `limit` whatever the input.
 */

/** Equal items: `length` of them from `a[aStart]` and `b[bStart]`. */
export type Run = { aStart: number; bStart: number; length: number };

/** The runs, or undefined when the limit came first; `steps` is the work done either way. */
export type EditScript = { runs: Run[] | undefined; steps: number };

/**
 * The runs of a longest common subsequence of `a` and `b`, in order, and the
 * steps it took; `runs` is undefined once more than `limit` steps would be
 * needed (the steps spent are then `limit`).
 */
export function editScript(a: ArrayLike<number>, b: ArrayLike<number>, limit: number): EditScript {
  const n = a.length;
  const m = b.length;
  // reach[k + m]: how far along a (x) the furthest path with d edits gets on
  // diagonal k = x - y, or -1. Round d reads only diagonals of the other
  // parity, written in round d - 1 (valid between that round's lo and hi).
  const reach = new Int32Array(n + m + 1).fill(-1);
  // Every round's values, kept for the way back: round r has diagonals
  // lows[r], lows[r] + 2, … from history[offsets[r]] on.
  let history = new Int32Array(64);
  let kept = 0;
  const lows: number[] = [];
  const offsets: number[] = [];

  let steps = 0;
  // Once a path touches the right (or bottom) edge on diagonal k, no diagonal
  // above (below) it can lead to a shorter script: those are not visited again.
  let minK = -m;
  let maxK = n;
  let previousLo = 0;
  let previousHi = -1;
  let endRound = -1;
  let endK = 0;
  for (let d = 0; endRound < 0; d++) {
    let lo = Math.max(-d, minK);
    let hi = Math.min(d, maxK);
    if ((lo + d) % 2 !== 0) lo++;
    if ((hi + d) % 2 !== 0) hi--;
    if (lo > hi) return { runs: undefined, steps }; // cannot happen: the end diagonal stays in the window
    lows.push(lo);
    offsets.push(kept);
    if (history.length < kept + (hi - lo) / 2 + 1) {
      const grown = new Int32Array(Math.max(history.length * 2, kept + (hi - lo) / 2 + 1));
      grown.set(history);
      history = grown;
    }
    for (let k = lo; k <= hi; k += 2) {
      // A step is counted before it is taken, so at most `limit` are.
      if (++steps > limit) return { runs: undefined, steps: limit };
      let x: number;
      if (d === 0) x = 0;
      else {
        // Down (an insertion from b) from diagonal k + 1, or right (a deletion
        // from a) from k - 1: whichever gets further along a.
        const down = k + 1 <= previousHi ? reach[k + 1 + m]! : -1;
        const right = k - 1 >= previousLo ? reach[k - 1 + m]! : -1;
        const canDown = down >= 0 && down - k <= m;
        const canRight = right >= 0 && right < n;
        if (canDown && (!canRight || down > right)) x = down;
        else if (canRight) x = right + 1;
        else {
          reach[k + m] = -1;
          history[kept++] = -1;
          continue;
        }
      }
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
        if (++steps > limit) return { runs: undefined, steps: limit };
      }
      reach[k + m] = x;
      history[kept++] = x;
      if (x >= n && y >= m) {
        endRound = d;
        endK = k;
        break;
      }
      if (x >= n) maxK = Math.min(maxK, k - 1);
      if (y >= m) minK = Math.max(minK, k + 1);
    }
    previousLo = lo;
    previousHi = hi;
  }

  // The way back, repeating each round's choice from the kept values: the
  // equal run (snake) that followed each edit.
  const runs: Run[] = [];
  let x = n;
  let k = endK;
  for (let d = endRound; d > 0; d--) {
    const down = keptReach(history, kept, lows, offsets, d - 1, k + 1);
    const right = keptReach(history, kept, lows, offsets, d - 1, k - 1);
    const canDown = down >= 0 && down - k <= m;
    const canRight = right >= 0 && right < n;
    const fromDown = canDown && (!canRight || down > right);
    const startX = fromDown ? down : right + 1;
    if (x > startX) runs.push({ aStart: startX, bStart: startX - k, length: x - startX });
    k = fromDown ? k + 1 : k - 1;
    x = fromDown ? down : right;
  }
  if (x > 0) runs.push({ aStart: 0, bStart: 0, length: x });
  return { runs: runs.reverse(), steps };
}

/** What round `round` kept for diagonal k, or -1 if it did not reach it. */
function keptReach(history: Int32Array, kept: number, lows: number[], offsets: number[], round: number, k: number): number {
  const lo = lows[round]!;
  const at = offsets[round]! + (k - lo) / 2;
  return k < lo || at >= (round + 1 < offsets.length ? offsets[round + 1]! : kept) ? -1 : history[at]!;
}
