import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { asc, eq } from "drizzle-orm";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { BENCH_FIXTURE_FILE, type BenchFixture } from "@/app/(site)/bench-ceiling/fixture";
import type { Db } from "@/db/client";
import { findPublicSections, findStoryCards, listLatestStoryIds, storyPath } from "@/db/queries/public-stories";
import { findUserByEmail } from "@/db/queries/users";
import { freePort } from "@/db/runtime/free-port";
import { articles, sections } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed";
import { approvedStory, publishStory, type Desk } from "@/db/testing/stories";
import { toActor } from "@/lib/authz/roles";
import { CliError, runCli } from "./cli";
import { startAppServer, type AppServer } from "./support/app-server";
import { addGeneratedStories } from "./support/generated-stories";
import { loadGenerator, measure, percentile, type LoadResult } from "./support/load";
import { startNginx } from "./support/nginx";
import { scratchDatabase } from "./support/scratch-database";

/**
 * `npm run bench:site`: fills a throw-away database with the demo data and N
 * generated stories, builds, starts the app on it, and measures each public
 * page type against its ceiling (a copy of the same page prerendered at build,
 * served by the same server in the same run), the same through the shipped
 * nginx against nginx serving a file, the time
 * from publish to visible, the app's peak memory, and readers during a
 * database outage. It prints figures; it does not pass or fail.
 */
const { values: options } = parseArgs({
  options: {
    stories: { type: "string", default: "10000" },
    seconds: { type: "string", default: "6" },
    rounds: { type: "string", default: "5" },
    connections: { type: "string", default: "50" },
    publishes: { type: "string", default: "20" },
    "skip-build": { type: "boolean", default: false },
  },
});
const LOAD = { connections: Number(options.connections), seconds: Number(options.seconds) };
const ROUNDS = Number(options.rounds);
const ENV = { ...process.env, NEWSROOM_BENCH: "1", NEXT_TELEMETRY_DISABLED: "1" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function build() {
  console.log("Building (NEWSROOM_BENCH=1, into .next-bench)…");
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const result = spawnSync(process.execPath, [nextBin, "build"], { env: ENV, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new CliError("The build failed.");
}

/** The home page's data as it is now, for its ceiling copy (app/(site)/bench-ceiling/). */
async function writeCeilingData(db: Db) {
  const stories = await findStoryCards(db, await listLatestStoryIds(db));
  const fixture: BenchFixture = {
    home: {
      stories: stories.map((s) => ({ ...s, publishedAt: s.publishedAt?.toISOString() ?? null })),
      sections: await findPublicSections(db, [...new Set(stories.map((s) => s.sectionId))]),
    },
  };
  fs.mkdirSync(path.dirname(BENCH_FIXTURE_FILE), { recursive: true });
  fs.writeFileSync(BENCH_FIXTURE_FILE, JSON.stringify(fixture));
}

/** Peak resident memory of a process so far, in MB (Linux). */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
}

async function pollUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = performance.now();
  while (!(await check().catch(() => false))) {
    if (performance.now() - started > timeoutMs) return Infinity;
    await sleep(5);
  }
  return performance.now() - started;
}

/**
 * Each URL measured in turn, round after round, and the median round kept:
 * a page and its ceiling see the same machine, whatever else it is doing.
 */
async function interleaved(urls: string[]): Promise<LoadResult[]> {
  const runs: LoadResult[][] = urls.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, url] of urls.entries()) {
      runs[i]!.push(await measure(url, LOAD));
      await sleep(500);
    }
  }
  const median = (values: number[]) => percentile(values, 50);
  return runs.map((results) => ({
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50Ms: median(results.map((r) => r.p50Ms)),
    p99Ms: median(results.map((r) => r.p99Ms)),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  }));
}

const row = (label: string, r: LoadResult, ceiling?: LoadResult) =>
  `| ${label} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${
    ceiling ? `${(r.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2)}× | ${(r.p99Ms / ceiling.p99Ms).toFixed(2)}×` : "1.00× | 1.00×"
  } | ${r.non2xx + r.errors} |`;

runCli(async () => {
  const database = await scratchDatabase("bench-site");
  let app: AppServer | null = null;
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null;
  try {
    console.log(`Filling the database (${options.stories} generated stories)…`);
    await migrateDatabase(database.url);
    const { db, close } = connectDatabase(database.url, { max: 4 });
    await seedDemo(db);
    await addGeneratedStories(db, Number(options.stories));
    await writeCeilingData(db);
    if (!options["skip-build"]) build();
    const [reporter, editor] = await Promise.all([findUserByEmail(db, "reporter@newsroom.test"), findUserByEmail(db, "editor@newsroom.test")]);
    const desk: Desk = { db, reporter: toActor(reporter!), editor: toActor(editor!) };
    // The reference story is the oldest (2018); the generated ones are from the last weeks.
    const [reference] = await db
      .select({ slug: articles.slug, sectionSlug: sections.slug })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .orderBy(asc(articles.firstPublishedAt))
      .limit(1);

    app = await startAppServer({
      port: await freePort(),
      databaseUrl: database.url,
      authSecret: randomBytes(33).toString("base64"),
      env: { NEWSROOM_BENCH: "1" },
    });
    const story = storyPath(reference!);
    // Each page type against a copy of itself prerendered at build (its ceiling).
    const pages: [string, string, string][] = [
      ["story page (the reference story)", story, `/bench-ceiling/${encodeURIComponent(reference!.slug)}`],
      ["home page", "/", "/bench-ceiling/home"],
    ];
    const storyHtml = await (await fetch(`${app.url}${story}`)).text();
    const staticPort = await freePort();
    nginx = await startNginx({
      port: await freePort(),
      upstreams: [app.url.replace("http://", "")],
      extraServers: `server { listen 127.0.0.1:${staticPort}; location / { root %PREFIX%/static; } }`,
    });
    fs.mkdirSync(path.join(nginx.prefix, "static"), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(nginx.prefix, "static", "story.html"), storyHtml, { mode: 0o644 });
    // Warm up: the first seconds of load on a fresh process (JIT, caches) are not its speed.
    for (const [, p, ceiling] of pages)
      for (const url of [`${app.url}${ceiling}`, `${app.url}${p}`, `${nginx.url}${p}`]) await measure(url, { connections: LOAD.connections, seconds: 2 });

    console.log(`Measuring with ${loadGenerator()}, ${LOAD.connections} connections, ${ROUNDS} rounds of ${LOAD.seconds} s per page…`);
    const direct = await interleaved(pages.flatMap(([, p, ceiling]) => [`${app!.url}${ceiling}`, `${app!.url}${p}`]));
    const rss = peakRssMb(app.pid);
    const [nginxStatic, ...proxied] = await interleaved([`http://127.0.0.1:${staticPort}/story.html`, ...pages.map(([, p]) => `${nginx!.url}${p}`)]);

    console.log(`Publishing ${options.publishes} stories and watching for them…`);
    const visible = { story: [] as number[], home: [] as number[], nginx: [] as number[] };
    for (let i = 0; i < Number(options.publishes); i++) {
      const headline = `خبر لقياس سرعة الظهور ${i} ${Date.now()}`;
      const { id, slug } = await approvedStory(desk, headline);
      const address = storyPath({ sectionSlug: "world", slug });
      // Readers already have the address (missing) and the home page cached.
      for (const base of [app.url, nginx.url]) await Promise.all([fetch(`${base}${address}`), fetch(`${base}/`)]);
      const started = performance.now();
      await publishStory(desk, id);
      const since = () => performance.now() - started;
      const [s, h, n] = await Promise.all([
        pollUntil(async () => (await fetch(`${app!.url}${address}`)).status === 200).then(since),
        pollUntil(async () => (await (await fetch(`${app!.url}/`)).text()).includes(headline)).then(since),
        pollUntil(async () => (await fetch(`${nginx!.url}${address}`)).status === 200, 5_000).then(since),
      ]);
      visible.story.push(s);
      visible.home.push(h);
      visible.nginx.push(n);
    }

    const outage = await (async () => {
      if (!database.server) return null;
      console.log("Stopping the database for 10 s under reader load…");
      const load = measure(`${app!.url}${story}`, { connections: LOAD.connections, seconds: 16 });
      const homeStatuses: number[] = [];
      await sleep(3_000);
      await database.server.stop();
      const downUntil = Date.now() + 10_000;
      let deskDown = false;
      while (Date.now() < downUntil) {
        homeStatuses.push((await fetch(`${app!.url}/`)).status);
        deskDown ||= (await fetch(`${app!.url}/dashboard`, { redirect: "manual" })).status === 503;
        await sleep(100);
      }
      await database.server.start();
      const recovered = await pollUntil(async () => (await fetch(`${app!.url}/dashboard`, { redirect: "manual" })).status !== 503, 30_000);
      const result = await load;
      return {
        storyRequests: result.requestsPerSecond * 16,
        storyFailures: result.non2xx + result.errors,
        homeOk: homeStatuses.filter((s) => s === 200).length,
        homeAll: homeStatuses.length,
        deskDown,
        recoveredMs: recovered,
      };
    })();
    await close();

    console.log(
      `\n### Public pages, ${options.stories} generated stories, ${LOAD.connections} connections, median of ${ROUNDS} rounds of ${LOAD.seconds} s (${loadGenerator()})\n`,
    );
    console.log("| page | req/s | p50 ms | p99 ms | req/s vs ceiling | p99 vs ceiling | errors |");
    console.log("|---|---|---|---|---|---|---|");
    pages.forEach(([label], i) => {
      const [ceiling, page] = [direct[2 * i]!, direct[2 * i + 1]!];
      console.log(row(`${label}: its copy prerendered at build (ceiling)`, ceiling));
      console.log(row(label, page, ceiling));
    });
    console.log(row("nginx serving the story's HTML from a file", nginxStatic!));
    proxied.forEach((r, i) => console.log(row(`${pages[i]![0]} through nginx`, r, nginxStatic)));
    console.log(`\n(through nginx, the ratios are against nginx serving the file)\n`);
    const ms = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
    console.log(`Publish → visible (${options.publishes} publications, from the publish call to a reader seeing it):`);
    console.log(`  story page: ${ms(visible.story)}`);
    console.log(`  home page:  ${ms(visible.home)}`);
    console.log(`  story page through nginx (micro-cache of s-maxage=1): ${ms(visible.nginx)}`);
    console.log(`Peak RSS of the app process under load: ${rss.toFixed(0)} MB`);
    if (outage) {
      console.log(
        `Database stopped 10 s under load: story page ${outage.storyFailures} failed of ~${outage.storyRequests.toFixed(0)}; home ${outage.homeOk}/${outage.homeAll} answered 200; ` +
          `desk answered 503: ${outage.deskDown ? "yes" : "no"}; desk back ${outage.recoveredMs.toFixed(0)} ms after the database.`,
      );
    }
  } finally {
    await nginx?.stop();
    await app?.stop();
    await database.done();
  }
});
