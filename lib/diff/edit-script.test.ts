import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editScript, worstSteps } from "./edit-script";

/** The length of a longest common subsequence, by the textbook table: the independent answer. */
function lcsLength(a: number[], b: number[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(item === b[j] ? previous[j]! + 1 : Math.max(previous[j + 1]!, row[j]!));
    previous = row;
  }
  return previous[b.length]!;
}

const sequence = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });

describe("editScript", () => {
  it("finds a longest common subsequence, as ordered runs of equal items", () => {
    fc.assert(
      fc.property(sequence, sequence, (a, b) => {
        const { runs } = editScript(a, b, Infinity);
        expect(runs).toBeDefined();
        let aEnd = 0;
        let bEnd = 0;
        for (const run of runs!) {
          expect(run.length).toBeGreaterThan(0);
          expect(run.aStart).toBeGreaterThanOrEqual(aEnd);
          expect(run.bStart).toBeGreaterThanOrEqual(bEnd);
          expect(a.slice(run.aStart, run.aStart + run.length)).toEqual(b.slice(run.bStart, run.bStart + run.length));
          aEnd = run.aStart + run.length;
          bEnd = run.bStart + run.length;
        }
        expect(aEnd).toBeLessThanOrEqual(a.length);
        expect(bEnd).toBeLessThanOrEqual(b.length);
        expect(runs!.reduce((sum, run) => sum + run.length, 0)).toBe(lcsLength(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the unlimited answer within the limit, or gives up having charged the limit", () => {
    fc.assert(
      fc.property(sequence, sequence, fc.integer({ min: 0, max: 2_000 }), (a, b, limit) => {
        const unlimited = editScript(a, b, Infinity);
        const bounded = editScript(a, b, limit);
        if (unlimited.steps <= limit) expect(bounded).toEqual(unlimited);
        else expect(bounded).toEqual({ runs: undefined, steps: limit });
      }),
      { numRuns: 500 },
    );
  });

  it("charges no fewer steps than jsdiff's comparisons, however far it was let go", () => {
    // The budget is only a bound if worstSteps is: count jsdiff's own comparisons.
    fc.assert(
      fc.property(sequence, sequence, fc.nat(80), (a, b, maxEditLength) => {
        let comparisons = 0;
        const changes = diffArrays(a, b, { maxEditLength, comparator: (x, y) => (comparisons++, x === y) });
        const distance = changes ? changes.filter((c) => c.added || c.removed).reduce((sum, c) => sum + c.count, 0) : maxEditLength;
        const visits = ((distance + 1) * (distance + 2)) / 2;
        expect(comparisons).toBeLessThanOrEqual(worstSteps(a.length, b.length, distance) - visits);
      }),
      { numRuns: 1_000 },
    );
  });

  it("is charged linearly when one sequence only adds to the other", () => {
    const a = Array.from({ length: 10_000 }, (_, i) => i);
    const b = [...a.slice(0, 5_000), -1, -2, -3, ...a.slice(5_000)];
    const { runs, steps } = editScript(a, b, Infinity);
    expect(runs).toEqual([
      { aStart: 0, bStart: 0, length: 5_000 },
      { aStart: 5_000, bStart: 5_003, length: 5_000 },
    ]);
    expect(steps).toBeLessThan(8 * 10_000);
  });

  it("stops two unrelated 30,000-item sequences at the limit", () => {
    const a = Array.from({ length: 30_000 }, (_, i) => i);
    const b = a.map((i) => -i - 1);
    expect(editScript(a, b, 100_000)).toEqual({ runs: undefined, steps: 100_000 });
  });
});
