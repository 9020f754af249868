import fs from "node:fs";
import path from "node:path";
import type { Card, Section } from "@/server/public/cached-data";

/**
 * What `npm run bench:site` writes before it builds: the data of the pages it
 * measures, so each has a ceiling of the same content, prerendered at build.
 */
export type BenchFixture = { home: { stories: Card[]; sections: Section[] } };

export const BENCH_FIXTURE_FILE = path.join(process.cwd(), ".data", "bench-ceiling.json");

export function readBenchFixture(): BenchFixture {
  if (!fs.existsSync(BENCH_FIXTURE_FILE)) return { home: { stories: [], sections: [] } };
  return JSON.parse(fs.readFileSync(BENCH_FIXTURE_FILE, "utf8")) as BenchFixture;
}
