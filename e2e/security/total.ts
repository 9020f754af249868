import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { TALLY_DIR } from "./tally";

/** Playwright's global teardown: the attack suite's figures, added up over every spec and worker. */
export default function printAttackTotal() {
  if (!existsSync(TALLY_DIR)) return;
  const specs = new Set<string>();
  const byStatus = new Map<number, number>();
  for (const file of readdirSync(TALLY_DIR)) {
    const { name, byStatus: counts } = JSON.parse(readFileSync(path.join(TALLY_DIR, file), "utf8")) as { name: string; byStatus: Record<string, number> };
    specs.add(name);
    for (const [status, n] of Object.entries(counts)) byStatus.set(Number(status), (byStatus.get(Number(status)) ?? 0) + n);
  }
  const sent = [...byStatus.values()].reduce((a, b) => a + b, 0);
  const fivexx = [...byStatus].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const statuses = [...byStatus]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  console.log(`[attack] total: ${sent} hostile requests from ${specs.size} specs · ${statuses} · 5xx: ${fivexx}`);
}
