import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editScript } from "./myers";

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

  it("gives up after the step limit, having done no more than that", () => {
    fc.assert(
      fc.property(sequence, sequence, fc.integer({ min: 0, max: 200 }), (a, b, limit) => {
        const needed = editScript(a, b, Infinity).steps;
        const bounded = editScript(a, b, limit);
        if (needed <= limit) expect(bounded).toEqual(editScript(a, b, Infinity));
        else expect(bounded).toEqual({ runs: undefined, steps: limit });
      }),
      { numRuns: 500 },
    );
  });

  it("is linear when one sequence only adds to the other", () => {
    const a = Array.from({ length: 10_000 }, (_, i) => i);
    const b = [...a.slice(0, 5_000), -1, -2, -3, ...a.slice(5_000)];
    const { runs, steps } = editScript(a, b, Infinity);
    expect(runs).toEqual([
      { aStart: 0, bStart: 0, length: 5_000 },
      { aStart: 5_000, bStart: 5_003, length: 5_000 },
    ]);
    expect(steps).toBeLessThan(10_100);
  });

  it("stops two unrelated 30,000-item sequences at the limit", () => {
    const a = Array.from({ length: 30_000 }, (_, i) => i);
    const b = a.map((i) => -i - 1);
    expect(editScript(a, b, 100_000)).toEqual({ runs: undefined, steps: 100_000 });
  });
});
