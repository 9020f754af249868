import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";

/** Where each worker leaves its figures for total.ts to add up when the run ends (Playwright empties the folder first). */
export const TALLY_DIR = path.join("test-results", "attack-tally");

/**
 * Counts the hostile requests a spec sends and what came back, printed when
 * the spec ends: the attack suite's figures. Any 5xx fails the request's own
 * test at once.
 */
export class Tally {
  private sent = 0;
  private readonly byStatus = new Map<number, number>();

  constructor(private readonly name: string) {
    test.afterAll(() => {
      const statuses = [...this.byStatus]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(" ");
      // A worker runs this after each of its groups of the spec's tests: its figures so far.
      console.log(`[attack] ${this.name} (worker ${test.info().workerIndex}, so far): ${this.sent} hostile requests · ${statuses} · 5xx: ${this.fivexx()}`);
      if (this.sent === 0) return;
      mkdirSync(TALLY_DIR, { recursive: true });
      const file = `${this.name.replace(/[^a-z0-9]+/gi, "-")}-${test.info().workerIndex}-${process.pid}.json`;
      writeFileSync(path.join(TALLY_DIR, file), JSON.stringify({ name: this.name, byStatus: Object.fromEntries(this.byStatus) }));
    });
  }

  /** Records a response (of the API client, or of a page's navigation) and checks it is not a server error. */
  async check<R extends Pick<APIResponse, "status" | "text">>(response: R, what: string): Promise<R> {
    this.sent += 1;
    this.byStatus.set(response.status(), (this.byStatus.get(response.status()) ?? 0) + 1);
    expect(response.status(), `${what} → ${response.status()}: ${(await response.text()).slice(0, 200)}`).toBeLessThan(500);
    return response;
  }

  private fivexx(): number {
    return [...this.byStatus].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  }
}
