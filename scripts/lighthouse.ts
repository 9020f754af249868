import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { storyPath } from "@/db/queries/public-stories";
import { freePort } from "@/db/runtime/free-port";
import { seedDemo } from "@/db/seed/seed";
import { CliError, runCli } from "./cli";
import { startAppServer, type AppServer } from "./support/app-server";
import { referenceStory } from "./support/reference-story";
import { scratchDatabase } from "./support/scratch-database";

/**
 * `npm run lighthouse`: Lighthouse's mobile profile (a mid-range phone on a
 * slow 4G line, simulated) on the reference story's page of a production
 * build with the demo data, a few runs, the median kept. Prints each
 * category's score and the audits that cost points. Not part of CI: its
 * figures depend on the machine.
 */
const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "skip-build": { type: "boolean", default: false },
    path: { type: "string" },
    /** Where to write the last run's full report (JSON), to see what cost the points. */
    report: { type: "string" },
  },
});
const RUNS = Number(options.runs);
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGETS: Partial<Record<(typeof CATEGORIES)[number], number>> = { performance: 95, accessibility: 100 };

function chromePath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(candidate)) throw new CliError(`No Chromium at ${candidate}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  return candidate;
}

type Scores = Record<(typeof CATEGORIES)[number], number> & { lost: string[] };

async function audit(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
  if (!result) throw new CliError("Lighthouse returned nothing.");
  if (options.report) fs.writeFileSync(options.report, JSON.stringify(result.lhr));
  const { categories, audits } = result.lhr;
  const lost = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === "binary" || a.scoreDisplayMode === "numeric"))
    .map((a) => `${a.id}: ${a.displayValue ?? a.title} (score ${a.score})`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo"), lost };
}

runCli(async () => {
  const chrome = chromePath();
  if (!options["skip-build"]) {
    console.log("Building…");
    const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
    const built = spawnSync(process.execPath, [nextBin, "build"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (built.status !== 0) throw new CliError("The build failed.");
  }
  const database = await scratchDatabase("lighthouse");
  let app: AppServer | null = null;
  let browser: chromeLauncher.LaunchedChrome | null = null;
  try {
    await migrateDatabase(database.url);
    const { db, close } = connectDatabase(database.url, { max: 2 });
    await seedDemo(db);
    const reference = await referenceStory(db);
    await close();
    app = await startAppServer({ port: await freePort(), databaseUrl: database.url, authSecret: randomBytes(33).toString("base64") });
    const url = `${app.url}${options.path ?? storyPath(reference)}`;
    // The first request renders the page and fills the cache; readers after it get the cached page.
    await fetch(url);
    browser = await chromeLauncher.launch({ chromePath: chrome, chromeFlags: CHROME_FLAGS });
    console.log(`Lighthouse ${RUNS}× (mobile profile) on ${url}`);
    const runs: Scores[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(url, browser.port));
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    let missed = false;
    for (const category of CATEGORIES) {
      const value = median(runs.map((r) => r[category]));
      const target = TARGETS[category];
      if (target !== undefined && value < target) missed = true;
      console.log(
        `  ${category.padEnd(15)} ${String(value).padStart(3)}${target !== undefined ? `  (target ≥ ${target}${value < target ? ", MISSED" : ""})` : ""}`,
      );
    }
    const lost = [...new Set(runs.flatMap((r) => r.lost))];
    if (lost.length > 0) console.log(`Audits that cost points in some run:\n${lost.map((l) => `  - ${l}`).join("\n")}`);
    if (missed) throw new CliError("A Lighthouse target was missed.");
  } finally {
    await browser?.kill();
    await app?.stop();
    await database.done();
  }
});
