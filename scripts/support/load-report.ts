import { percentile } from "./load";
import type { Timed } from "./load-client";

/** From the database's stop until the app answered normally again (epoch ms). */
export type Outage = { from: number; to: number };

export type Row = { type: string; count: number; perSecond: number; p50: number; p95: number; p99: number; errors: number; duringOutage: number };

export type Tally = { rows: Row[]; errors: Timed[]; duringOutage: Timed[] };

export const succeeded = (t: Timed) => t.status >= 200 && t.status < 400;
const overlaps = (t: Timed, outage: Outage | null) => outage !== null && t.start <= outage.to && t.end >= outage.from;

/**
 * Each request type's count and latency, from the requests that succeeded
 * outside the outage. Every failure is an error, except, for a request that
 * overlapped the outage, one the outage explains: the app said 503
 * (`unavailable`) or no answer came, or a public page (`pageTypes`) could
 * not be rendered without the database. Those are counted apart.
 */
export function tally(log: Timed[], seconds: number, outage: Outage | null, pageTypes: ReadonlySet<string>): Tally {
  const explained = (t: Timed) => overlaps(t, outage) && (t.status === 503 || t.status === 0 || pageTypes.has(t.type));
  const types = [...new Set(log.map((t) => t.type))];
  const errors = log.filter((t) => !succeeded(t) && !explained(t));
  const duringOutage = log.filter((t) => !succeeded(t) && explained(t));
  const rows = types.map((type) => {
    const all = log.filter((t) => t.type === type);
    const ms = all.filter((t) => succeeded(t) && !overlaps(t, outage)).map((t) => t.end - t.start);
    return {
      type,
      count: all.length,
      perSecond: all.length / seconds,
      p50: percentile(ms, 50),
      p95: percentile(ms, 95),
      p99: percentile(ms, 99),
      errors: errors.filter((t) => t.type === type).length,
      duringOutage: duringOutage.filter((t) => t.type === type).length,
    };
  });
  return { rows, errors, duringOutage };
}

/** The rows as a Markdown table. */
export function table(rows: Row[]): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
  return [
    "| request | count | per s | p50 ms | p95 ms | p99 ms | errors | failed in the outage (not errors) |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.type} | ${r.count} | ${r.perSecond.toFixed(1)} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${r.errors} | ${r.duringOutage} |`),
  ].join("\n");
}

/**
 * What a list of failures consisted of, e.g. "autosave: 503 unavailable ×12
 * (0.4 to 5.1 s)", each with when they started, in seconds since `origin`.
 */
export function summarize(failures: Timed[], origin: number): string {
  const groups = new Map<string, Timed[]>();
  for (const t of failures) {
    const key = `${t.type}: ${t.status}${t.error ? ` ${t.error}` : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const at = (t: Timed) => ((t.start - origin) / 1000).toFixed(1);
  return [...groups].map(([key, ts]) => `${key} ×${ts.length} (${at(ts[0]!)} to ${at(ts.at(-1)!)} s)`).join("; ") || "none";
}
