import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { CEILING_DIR, type CeilingCopy } from "@/app/(site)/bench-ceiling/copy";
import { storyPath } from "@/db/queries/public-stories";
import { authorHref } from "@/lib/site/author-paths";
import { findUserByEmail } from "@/db/queries/users";
import { freePort } from "@/db/runtime/free-port";
import { seedDemo } from "@/db/seed/seed";
import { approvedStory, correctStory, publishedStory, publishStory, unpublishStory, type Desk } from "@/db/testing/stories";
import { toActor } from "@/lib/authz/roles";
import { CliError, runCli } from "./cli";
import { startAppServer, type AppServer } from "./support/app-server";
import { addGeneratedStories } from "./support/generated-stories";
import { featurePictureEverywhere } from "./support/featured-pictures";
import { loadGenerator, measure, percentile, type LoadResult } from "./support/load";
import { startNginx } from "./support/nginx";
import { referenceStory } from "./support/reference-story";
import { scratchDatabase } from "./support/scratch-database";

/**
 * `npm run bench:site`: fills a throw-away database with the demo data and N
 * generated stories, builds, starts the app on it, and measures each public
 * page type against its ceiling (the same bytes captured from the page, kept
 * and served by the same server in the same run without computing anything:
 * app/(site)/bench-ceiling/), the same through the shipped nginx against
 * nginx serving the same bytes from a file, the time from publish to visible on each page that
 * shows a new story, the app's peak memory, and readers during a database
 * outage. It prints figures; it does not pass or fail.
 */
const { values: options } = parseArgs({
  options: {
    stories: { type: "string", default: "10000" },
    seconds: { type: "string", default: "6" },
    rounds: { type: "string", default: "5" },
    connections: { type: "string", default: "50" },
    publishes: { type: "string", default: "20" },
    "skip-build": { type: "boolean", default: false },
    only: { type: "string" },
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

/** A public page as the benchmark measures it, beside its ceiling (app/(site)/bench-ceiling/). */
type PageType = { label: string; name: string; path: string; status?: number };

/** An address a reader would follow from a page: the first link whose tag has `rel`. */
function linkWithRel(html: string, rel: string): string | null {
  const tag = new RegExp(`<a [^>]*rel="${rel}"[^>]*>`).exec(html)?.[0];
  const href = tag && /href="([^"]+)"/.exec(tag)?.[1];
  return href ? href.replaceAll("&amp;", "&") : null;
}

/** Each page's bytes as the app answers them now, kept for its ceiling; the ceilings' addresses. */
async function captureCeilings(base: string, pages: PageType[]): Promise<string[]> {
  fs.rmSync(CEILING_DIR, { recursive: true, force: true });
  fs.mkdirSync(CEILING_DIR, { recursive: true });
  for (const page of pages) {
    const response = await fetch(`${base}${page.path}`);
    if (response.status !== (page.status ?? 200)) throw new CliError(`${page.path} answered ${response.status}.`);
    const copy: CeilingCopy = { contentType: response.headers.get("content-type") ?? "text/html", body: await response.text() };
    fs.writeFileSync(path.join(CEILING_DIR, `${page.name}.json`), JSON.stringify(copy));
  }
  return pages.map((page) => `/bench-ceiling/${page.name}`);
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

/** A table row; the errors column leaves out the non-2xx answers a page is meant to give (the 410). */
const row = (label: string, r: LoadResult, ceiling?: LoadResult, status?: number) =>
  `| ${label} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${
    ceiling ? `${(r.requestsPerSecond / ceiling.requestsPerSecond).toFixed(2)}× | ${(r.p99Ms / ceiling.p99Ms).toFixed(2)}×` : "1.00× | 1.00×"
  } | ${(status === undefined ? r.non2xx : 0) + r.errors} |`;

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
    if (!options["skip-build"]) build();
    const [reporter, editor] = await Promise.all([findUserByEmail(db, "reporter@newsroom.test"), findUserByEmail(db, "editor@newsroom.test")]);
    const desk: Desk = { db, reporter: toActor(reporter!), editor: toActor(editor!) };
    const reference = await referenceStory(db);
    // What the corrections page and a story taken off the site show.
    const corrected = await publishedStory(desk, "خبر مصحّح لقياس صفحة التصحيحات");
    await correctStory(desk, corrected.id, { wrong: "قيل إن الاجتماع الأحد", correct: "الاجتماع السبت", publicText: "صُحّح موعد الاجتماع إلى السبت." });
    const gone = await publishedStory(desk, "خبر سُحب لقياس صفحة الخبر المسحوب");
    await unpublishStory(desk, gone.id);
    console.log("Giving every story a featured picture…");
    await featurePictureEverywhere(db, desk.reporter);

    app = await startAppServer({
      port: await freePort(),
      databaseUrl: database.url,
      authSecret: randomBytes(33).toString("base64"),
      env: { NEWSROOM_BENCH: "1" },
    });
    const story = storyPath(reference);
    const [sectionHtml, authorHtml, sitemapIndex] = await Promise.all(
      [`/${reference.sectionSlug}`, authorHref(reporter!.slug), "/sitemap.xml"].map(async (p) => (await fetch(`${app!.url}${p}`)).text()),
    );
    const monthSitemap = /<loc>([^<]+)<\/loc>/.exec(sitemapIndex!)?.[1];
    const allPages: PageType[] = [
      { label: "story page (the reference story)", name: "story", path: story },
      { label: "home page", name: "home", path: "/" },
      { label: "section page", name: "section", path: `/${reference.sectionSlug}` },
      { label: "section's older stories", name: "section-older", path: linkWithRel(sectionHtml!, "next") ?? "" },
      { label: "author page", name: "author", path: authorHref(reporter!.slug) },
      { label: "author's older stories", name: "author-older", path: linkWithRel(authorHtml!, "next") ?? "" },
      { label: "corrections page", name: "corrections", path: "/corrections" },
      { label: "story taken off the site (410)", name: "gone", path: storyPath({ sectionSlug: "world", slug: gone.slug }), status: 410 },
      { label: "site RSS feed", name: "rss", path: "/feeds/rss.xml" },
      { label: "site Atom feed", name: "atom", path: "/feeds/atom.xml" },
      { label: "section RSS feed", name: "section-rss", path: `/feeds/${reference.sectionSlug}/rss.xml` },
      { label: "sitemap index", name: "sitemap-index", path: "/sitemap.xml" },
      { label: "a month's sitemap", name: "sitemap-month", path: monthSitemap ? new URL(monthSitemap).pathname : "" },
      { label: "Google News sitemap", name: "sitemap-news", path: "/sitemaps/news.xml" },
      { label: "robots.txt", name: "robots", path: "/robots.txt" },
    ];
    const only = options.only?.split(",").map((name) => name.trim());
    const unknown = only?.filter((name) => !allPages.some((p) => p.name === name)) ?? [];
    if (unknown.length > 0) throw new CliError(`No page type named ${unknown.join(", ")}; they are ${allPages.map((p) => p.name).join(", ")}.`);
    const pages = only ? allPages.filter((p) => only.includes(p.name)) : allPages;
    const missing = pages.filter((p) => !p.path);
    if (missing.length > 0) throw new CliError(`No address found for: ${missing.map((p) => p.label).join(", ")}.`);
    const ceilings = await captureCeilings(app.url, pages);
    const staticPort = await freePort();
    nginx = await startNginx({
      port: await freePort(),
      upstreams: [app.url.replace("http://", "")],
      extraServers: `server { listen 127.0.0.1:${staticPort}; location / { root %PREFIX%/static; } }`,
    });
    // Through nginx, each page's ceiling is nginx serving the same bytes from a file.
    fs.mkdirSync(path.join(nginx.prefix, "static"), { recursive: true, mode: 0o755 });
    for (const page of pages) {
      const copy = JSON.parse(fs.readFileSync(path.join(CEILING_DIR, `${page.name}.json`), "utf8")) as CeilingCopy;
      fs.writeFileSync(path.join(nginx.prefix, "static", page.name), copy.body, { mode: 0o644 });
    }
    const staticUrl = (page: PageType) => `http://127.0.0.1:${staticPort}/${page.name}`;
    // Warm up: the first seconds of load on a fresh process (JIT, caches) are not its speed.
    for (const [i, page] of pages.entries())
      for (const url of [`${app.url}${ceilings[i]}`, `${app.url}${page.path}`, staticUrl(page), `${nginx.url}${page.path}`])
        await measure(url, { connections: LOAD.connections, seconds: 2 });

    console.log(
      `Measuring ${pages.length} page types with ${loadGenerator()}, ${LOAD.connections} connections, ${ROUNDS} rounds of ${LOAD.seconds} s per page…`,
    );
    const direct = await interleaved(pages.flatMap((page, i) => [`${app!.url}${ceilings[i]}`, `${app!.url}${page.path}`]));
    const rss = peakRssMb(app.pid);
    const throughNginx = await interleaved(pages.flatMap((page) => [staticUrl(page), `${nginx!.url}${page.path}`]));

    console.log(`Publishing ${options.publishes} stories and watching for them…`);
    // Each place a reader may see a new story, asked over and over until it does.
    const watched: [string, (address: string, headline: string) => Promise<boolean>][] = [
      ["story page", async (address) => (await fetch(`${app!.url}${address}`)).status === 200],
      ["home page", async (_, headline) => (await (await fetch(`${app!.url}/`)).text()).includes(headline)],
      ["section page", async (_, headline) => (await (await fetch(`${app!.url}/world`)).text()).includes(headline)],
      ["site RSS feed", async (_, headline) => (await (await fetch(`${app!.url}/feeds/rss.xml`)).text()).includes(headline)],
      ["story page through nginx (micro-cache of s-maxage=1)", async (address) => (await fetch(`${nginx!.url}${address}`)).status === 200],
    ];
    const visible = watched.map(() => [] as number[]);
    for (let i = 0; i < Number(options.publishes); i++) {
      const headline = `خبر لقياس سرعة الظهور ${i} ${Date.now()}`;
      const { id, slug } = await approvedStory(desk, headline);
      const address = storyPath({ sectionSlug: "world", slug });
      // Readers already have every watched page (the story's address missing) cached.
      for (const base of [app.url, nginx.url]) await Promise.all([address, "/", "/world", "/feeds/rss.xml"].map((p) => fetch(`${base}${p}`)));
      const started = performance.now();
      await publishStory(desk, id);
      const since = () => performance.now() - started;
      const times = await Promise.all(watched.map(([, seen]) => pollUntil(() => seen(address, headline)).then(since)));
      times.forEach((ms, w) => visible[w]!.push(ms));
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
    pages.forEach((page, i) => {
      const [ceiling, measured] = [direct[2 * i]!, direct[2 * i + 1]!];
      console.log(row(`${page.label}: its ceiling`, ceiling));
      console.log(row(page.label, measured, ceiling, page.status));
    });
    pages.forEach((page, i) => {
      const [file, proxied] = [throughNginx[2 * i]!, throughNginx[2 * i + 1]!];
      console.log(row(`${page.label}: nginx serving its bytes from a file`, file));
      console.log(row(`${page.label} through nginx`, proxied, file, page.status));
    });
    console.log("");
    const ms = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
    console.log(`Publish → visible (${options.publishes} publications, from the publish call to a reader seeing it):`);
    watched.forEach(([label], w) => console.log(`  ${label}: ${ms(visible[w]!)}`));
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
