import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { asc, desc, eq } from "drizzle-orm";
import { connectDatabase, type Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { storyPath } from "@/db/queries/public-stories";
import { freePort } from "@/db/runtime/free-port";
import { articles, sections } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed";
import { createUser } from "@/db/services/create-user";
import { CliError, runCli } from "./cli";
import { startAppServer, type AppServer } from "./support/app-server";
import { addGeneratedStories } from "./support/generated-stories";
import { LoadClient, now, type Timed } from "./support/load-client";
import { restartDatabase, type Restart } from "./support/load-fault";
import { primeCache, startReaders } from "./support/load-readers";
import { succeeded, summarize, table, tally } from "./support/load-report";
import { verifyWrites } from "./support/load-verify";
import { runWriter, type Write } from "./support/load-writer";
import { scratchDatabase } from "./support/scratch-database";

/**
 * `npm run bench:load`: the production app on a throw-away database with
 * production's durability settings, under anonymous readers and writers
 * working through the JSON API (each on stories of their own) for
 * `--seconds`; PostgreSQL restarted mid-run unless `--no-fault`. Then every
 * acknowledged write is looked for in the database. Prints p50/p95/p99 per
 * request type; exits 1 on any error, any lost write, or an app that took
 * more than 5 s after the database to answer normally again.
 */
const { values: options } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    readers: { type: "string", default: "200" },
    /**
     * Each reader's pause between pages, on average. A second keeps 200 readers
     * at about 170 pages a second, more than 200 people reading at once ask for;
     * 0 (every reader asks again at once) saturates the app on purpose.
     */
    "think-ms": { type: "string", default: "1000" },
    writers: { type: "string", default: "20" },
    stories: { type: "string", default: "1000" },
    hot: { type: "string", default: "100" },
    warmup: { type: "string", default: "5" },
    "no-fault": { type: "boolean", default: false },
    "fault-at": { type: "string" },
    "down-seconds": { type: "string", default: "3" },
    "skip-build": { type: "boolean", default: false },
    /** Every request of the run (and the fault's timings) as JSON, for a closer look. */
    log: { type: "string" },
  },
});
const SECONDS = Number(options.seconds);
const READERS = Number(options.readers);
const WRITERS = Number(options.writers);
const HOT = Number(options.hot);
const THINK_MS = Number(options["think-ms"]);
const FAULT = !options["no-fault"];
const FAULT_AT = Number(options["fault-at"] ?? SECONDS / 2);
const DOWN_MS = Number(options["down-seconds"]) * 1000;
const RECOVERY_LIMIT_MS = 5_000;
const APP_LOG = path.resolve(".data", "bench-load-app.log");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

function build() {
  console.log("Building…");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new CliError("The build failed.");
}

/** Reporters for the writers, one each, with a password the bench signs in with. */
async function createWriters(db: Db): Promise<{ email: string; password: string }[]> {
  const password = randomBytes(18).toString("base64url");
  const people = Array.from({ length: WRITERS }, (_, i) => ({ email: `writer-${i + 1}@load.test`, password }));
  for (const [i, p] of people.entries()) {
    const created = await createUser(db, { email: p.email, name: `كاتب الحمل ${i + 1}`, role: "reporter", password }, null);
    if (!created.ok) throw new Error(`Could not create ${p.email}: ${created.code}`);
  }
  return people;
}

/** Runs `work` on every item, `width` at a time. */
async function inBatches<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(work));
}

runCli(async () => {
  const database = await scratchDatabase("bench-load", { durable: true });
  let app: AppServer | null = null;
  try {
    if (FAULT && !database.server) throw new CliError("The fault phase restarts the embedded PostgreSQL; with DATABASE_URL set, pass --no-fault.");
    if (FAULT && FAULT_AT + DOWN_MS / 1000 + RECOVERY_LIMIT_MS / 1000 >= SECONDS)
      throw new CliError("The run is too short for the fault: raise --seconds or lower --fault-at.");
    console.log(`Filling the database (demo data, ${options.stories} published stories, ${WRITERS} reporters)…`);
    await migrateDatabase(database.url);
    const { db, close } = connectDatabase(database.url, { max: 2 });
    await seedDemo(db);
    await addGeneratedStories(db, Number(options.stories));
    const people = await createWriters(db);
    const published = (
      await db
        .select({ slug: articles.slug, sectionSlug: sections.slug })
        .from(articles)
        .innerJoin(sections, eq(sections.id, articles.sectionId))
        .where(eq(articles.status, "published"))
        .orderBy(desc(articles.firstPublishedAt))
    ).map(storyPath);
    const hot = published.slice(0, HOT);
    const sectionSlugs = (await db.select({ slug: sections.slug }).from(sections).where(eq(sections.hidden, false)).orderBy(asc(sections.position))).map(
      (s) => s.slug,
    );
    await close();
    if (!options["skip-build"]) build();

    app = await startAppServer({ port: await freePort(), databaseUrl: database.url, authSecret: randomBytes(33).toString("base64") });
    console.log(`Signing in ${WRITERS} reporters and as many editor sessions…`);
    const writerLog: Timed[] = [];
    const writers = people.map((p) => ({ person: p, reporter: new LoadClient(app!.url, writerLog), editor: new LoadClient(app!.url, writerLog) }));
    const probeLog: Timed[] = [];
    const probe = new LoadClient(app.url, probeLog);
    await inBatches(
      [
        ...writers.flatMap((w) => [
          { c: w.reporter, ...w.person },
          { c: w.editor, email: "editor@newsroom.test", password: "newsroom-editor" },
        ]),
        { c: probe, email: "editor@newsroom.test", password: "newsroom-editor" },
      ],
      4,
      ({ c, email, password }) => c.signIn(email, password),
    );
    writerLog.length = 0; // the sign-ins are not the load

    const loadBefore = load();
    console.log(
      `Load: ${READERS} readers${THINK_MS ? ` pausing ${THINK_MS} ms on average` : " without pause"} (${options.warmup} s of warm-up first), ${WRITERS} writers, ${SECONDS} s${FAULT ? `; PostgreSQL restarted at ${FAULT_AT} s, down ${DOWN_MS / 1000} s` : ""}. Load average before: ${loadBefore}`,
    );
    console.log(`Rendering the home page and the ${HOT} newest stories once…`);
    await primeCache(app.url, ["/", ...hot], 4);
    const readers = startReaders({ base: app.url, connections: READERS, hot, archive: published, thinkMs: THINK_MS });
    await sleep(Number(options.warmup) * 1000);
    const started = now();
    console.log(`The run starts now (${new Date(started).toISOString().slice(11, 23)} UTC, the clock of the app's output).`);
    let over = false;
    const writes: Write[] = [];
    // A writer that throws ends the run at once (and is rethrown below), rather than the process.
    const running = writers.map((w, index) =>
      runWriter({
        index: index + 1,
        reporter: w.reporter,
        editor: w.editor,
        section: sectionSlugs[index % sectionSlugs.length]!,
        over: () => over,
        writes,
        published: readers.published,
      }).catch((error: unknown) => {
        over = true;
        throw error;
      }),
    );
    for (const writer of running) writer.catch(() => {});
    let restart: Restart | null = null;
    const fault = FAULT
      ? sleep(FAULT_AT * 1000).then(async () => {
          console.log(`Restarting PostgreSQL (${((now() - started) / 1000).toFixed(1)} s into the run)…`);
          restart = await restartDatabase(database.server!, probe, DOWN_MS, (step) => console.log(`  ${((now() - started) / 1000).toFixed(1)} s: ${step}`));
        })
      : Promise.resolve();
    fault.catch(() => {}); // rethrown where it is awaited
    const progress = setInterval(() => {
      const acknowledged = writes.filter((w) => w.acknowledged).length;
      console.log(`  ${((now() - started) / 1000).toFixed(0)} s: ${writes.length} writes attempted, ${acknowledged} acknowledged; load average ${load()}`);
    }, 10_000);
    await sleep(SECONDS * 1000);
    const loadDuring = load();
    over = true;
    // Writers finish the write in hand (and read back a failed one); none may hang the run.
    const finished = await Promise.race([Promise.all([...running, fault]).then(() => true), sleep(90_000).then(() => false)]);
    clearInterval(progress);
    if (!finished) throw new CliError("The writers or the fault phase were still busy 90 s after the run's end.");
    const readerLog = await Promise.race([readers.stop(), sleep(60_000).then(() => Promise.reject(new CliError("The readers did not report within 60 s.")))]);
    fs.writeFileSync(APP_LOG, app.output());
    if (options.log) fs.writeFileSync(options.log, JSON.stringify({ started, restart, readerLog, writerLog, probeLog }));

    console.log("Looking for every acknowledged write in the database…");
    const verification = await verifyWrites(database.url, writes);
    const r = restart as Restart | null;
    const outage = r ? { from: r.stopping, to: r.recovered } : null;
    const measured = [...readerLog, ...writerLog].filter((t) => t.start >= started);
    const warmupFailures = readerLog.filter((t) => t.start < started && !succeeded(t));
    const result = tally(measured, SECONDS, outage, new Set(readerLog.map((t) => t.type)));

    console.log(
      `\n### ${READERS} readers${THINK_MS ? ` (pausing ${THINK_MS} ms)` : ""} and ${WRITERS} writers for ${SECONDS} s${r ? ", PostgreSQL restarted mid-run" : ""}\n`,
    );
    console.log(table(result.rows));
    console.log(`\nMachine: ${os.cpus().length} cores; load average before ${loadBefore}, at the end ${loadDuring}.`);
    console.log(
      `Errors: ${result.errors.length + warmupFailures.length}${result.errors.length ? ` (${summarize(result.errors, started)} into the run)` : ""}${warmupFailures.length ? `; in the warm-up: ${summarize(warmupFailures, started)}` : ""}`,
    );
    if (r) {
      const deskDuring = [...r.deskStatuses].map(([status, n]) => `${status} ×${n}`).join(", ");
      const recoveryMs = r.recovered - r.started;
      console.log(
        `PostgreSQL restart: stopped in ${(r.stopped - r.stopping).toFixed(0)} ms, down ${((r.started - r.stopped) / 1000).toFixed(1)} s; ` +
          `the app said so (/api/health 503) after ${r.noticedMs === null ? "never" : `${r.noticedMs.toFixed(0)} ms`}; the desk API answered ${deskDuring} meanwhile.`,
      );
      console.log(
        `Recovered: /api/health and the desk API answered 200 ${recoveryMs.toFixed(0)} ms after PostgreSQL was back (limit ${RECOVERY_LIMIT_MS} ms).`,
      );
      console.log(
        `Failed because of the outage (503, no answer, or a page not in the cache; not errors): ${summarize(result.duringOutage, r.stopping)} after the stop`,
      );
    }
    const v = verification;
    console.log(
      `Writes: ${writes.length} attempted, ${v.acknowledged} acknowledged, ${v.checked} checked in the database ` +
        `(${v.superseded} autosaves rewritten by a later save, as designed, checked by version); lost: ${v.losses.length}.`,
    );
    for (const loss of v.losses.slice(0, 20)) console.log(`  lost: ${loss.kind} ${loss.marker} on ${loss.storyId}: ${loss.problem}`);
    console.log(`The app's output is in ${path.relative(process.cwd(), APP_LOG)}.`);

    const failures = [
      result.errors.length + warmupFailures.length > 0 && "errors",
      v.losses.length > 0 && "lost writes",
      r && !(r.recovered - r.started <= RECOVERY_LIMIT_MS) && "slow recovery",
    ].filter(Boolean);
    if (failures.length) throw new CliError(`The load run failed: ${failures.join(", ")}.`);
  } finally {
    const exit = await app?.stop();
    if (exit && (exit.code !== 0 || exit.signal)) console.error(`The app did not stop cleanly on SIGTERM: ${JSON.stringify(exit)}.`);
    await database.done();
  }
});
