import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { and, eq } from "drizzle-orm";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { findUserByEmail } from "@/db/queries/users";
import { articles, auditEvents } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed";
import { approvedStory, scheduleStory, type Desk } from "@/db/testing/stories";
import { toActor } from "@/lib/authz/roles";

export type KillRun = { run: number; killedAtMs: number; published: boolean; publishRows: number; secondsToPublish: number };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const READY = "Newsroom worker:";

/** A worker process of its own (`npm run worker`, without npm in between so SIGKILL reaches it). */
function startWorker(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes(READY)) resolve(child);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`The worker exited (${code}) before it was ready:\n${output}`)));
  });
}

function stopWorker(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * Schedules a story a few seconds ahead, kills its worker with SIGKILL at a
 * random moment around the due time (before it fetched the job, while it
 * publishes, or after), starts a new worker and checks the story went out
 * exactly once: one publication, one audit row. `runs` times.
 */
export async function runKillTest(databaseUrl: string, runs: number, log: (line: string) => void = () => {}): Promise<KillRun[]> {
  const { db, close } = connectDatabase(databaseUrl, { max: 2 });
  const results: KillRun[] = [];
  try {
    await seedDemo(db);
    const [reporter, editor] = await Promise.all([findUserByEmail(db, "reporter@newsroom.test"), findUserByEmail(db, "editor@newsroom.test")]);
    const desk: Desk = { db, reporter: toActor(reporter!), editor: toActor(editor!) };
    for (let run = 1; run <= runs; run += 1) {
      const victim = await startWorker(databaseUrl);
      const { id } = await approvedStory(desk, `خبر للاختبار بالقتل ${run} ${Date.now()}`);
      const due = Date.now() + 2_000;
      await scheduleStory(desk, id, new Date(due));
      // From half a second before the time to a second after: before the fetch, during the publication, after it.
      const killedAtMs = Math.round(Math.random() * 1_500 - 500);
      await sleep(due + killedAtMs - Date.now());
      await stopWorker(victim, "SIGKILL");
      const survivor = await startWorker(databaseUrl);
      const deadline = Date.now() + 45_000;
      let status = "scheduled";
      while (status !== "published" && Date.now() < deadline) {
        await sleep(100);
        const [row] = await db.select({ status: articles.status }).from(articles).where(eq(articles.id, id));
        status = row?.status ?? status;
      }
      // A duplicate would come from a job run again after the story went out: give the queue time for it.
      await sleep(1_000);
      const rows = await db
        .select({ after: auditEvents.after })
        .from(auditEvents)
        .where(and(eq(auditEvents.objectId, id), eq(auditEvents.action, "article.publish_scheduled")));
      await stopWorker(survivor, "SIGTERM");
      const firedAt = (rows[0]?.after as { firedAt?: string } | null)?.firedAt;
      const secondsToPublish = firedAt ? (new Date(firedAt).getTime() - due) / 1000 : NaN;
      const result = { run, killedAtMs, published: status === "published", publishRows: rows.length, secondsToPublish };
      results.push(result);
      log(
        `run ${run}: killed ${killedAtMs >= 0 ? "+" : ""}${killedAtMs} ms from the due time → ${result.published ? "published" : "NOT published"}, ${rows.length} audit row(s), went out ${secondsToPublish.toFixed(1)} s after its time`,
      );
    }
  } finally {
    await close();
  }
  return results;
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "20" } } });
  const { CliError, runCli } = await import("./cli");
  const { scratchDatabase } = await import("./support/scratch-database");
  runCli(async () => {
    const database = await scratchDatabase("kill-test");
    try {
      await migrateDatabase(database.url);
      const results = await runKillTest(database.url, Number(values.runs), console.log);
      const bad = results.filter((r) => !r.published || r.publishRows !== 1);
      console.log(`\n${results.length - bad.length} of ${results.length} runs published exactly once.`);
      if (bad.length > 0) throw new CliError(`${bad.length} run(s) did not publish exactly once.`);
    } finally {
      await database.done();
    }
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) void main();
