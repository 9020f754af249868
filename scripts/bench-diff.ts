import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { diffRevisions } from "@/lib/diff/revisions";
import { diffShapes } from "@/lib/diff/samples";
import { documentToPlainText } from "@/lib/richtext/text";

/**
 * `npm run bench:diff [-- --runs N --only TEXT]`: times one diffRevisions call
 * (what the history page does per request) for each input shape, the worst a
 * story may hold among them. The call is synchronous, so its time is how long
 * the event loop, and with it /api/health, waits. It measures; it does not
 * pass or fail.
 */
const { values: options } = parseArgs({
  options: { runs: { type: "string", default: "7" }, only: { type: "string" } },
});
const RUNS = Number(options.runs);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(11);

// Wall time is what the event loop waits; CPU time is the work itself, the
// difference being other processes on a busy machine.
console.log(`${RUNS} runs per shape; median and max wall time of one diffRevisions call, and its median CPU time.\n`);
for (const shape of diffShapes()) {
  if (options.only && !shape.name.includes(options.only)) continue;
  const before = documentToPlainText(shape.before.body);
  const after = documentToPlainText(shape.after.body);
  const times: number[] = [];
  const cpu: number[] = [];
  // One untimed call first: the server's code is compiled by the time a big diff comes.
  let result = diffRevisions(shape.before, shape.after, "ar");
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    result = diffRevisions(shape.before, shape.after, "ar");
    const cpuUsed = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((cpuUsed.user + cpuUsed.system) / 1_000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const changed = result.body.filter((p) => p.kind !== "same").length;
  // Older versions of diffRevisions have no `coarse`; the column then says "-".
  const coarse = (result as { coarse?: boolean }).coarse;
  console.log(
    `${shape.name}\n  ${before.length.toLocaleString("en")} → ${after.length.toLocaleString("en")} characters, ` +
      `${words(before).toLocaleString("en")} → ${words(after).toLocaleString("en")} words\n` +
      `  median ${ms(times[Math.floor(times.length / 2)]!)}   max ${ms(times.at(-1)!)}   median CPU ${ms(cpu[Math.floor(cpu.length / 2)]!)}   ` +
      `changed parts ${changed}   coarse ${coarse === undefined ? "-" : coarse ? "yes" : "no"}\n`,
  );
}
