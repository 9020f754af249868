import { spawn, spawnSync } from "node:child_process";
import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number };

export type LoadOptions = { connections: number; seconds: number };

function wrkBinary(): string | null {
  const found = spawnSync("sh", ["-c", "command -v wrk"], { encoding: "utf8" }).stdout.trim();
  return found || null;
}

/** The load generator used: wrk when installed (it costs the machine less), else autocannon. */
export function loadGenerator(): "wrk" | "autocannon" {
  return wrkBinary() ? "wrk" : "autocannon";
}

function milliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) return NaN;
  const n = Number(match[1]);
  return match[2] === "us" ? n / 1000 : match[2] === "ms" ? n : match[2] === "s" ? n * 1000 : n * 60_000;
}

/** Reads wrk's `--latency` report. */
function parseWrk(output: string): LoadResult {
  const percentile = (p: string) => milliseconds(new RegExp(`^\\s*${p}%\\s+(\\S+)`, "m").exec(output)?.[1] ?? "");
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN),
    p50Ms: percentile("50"),
    p99Ms: percentile("99"),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

async function runWrk(binary: string, url: string, options: LoadOptions): Promise<LoadResult> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(binary, ["-t2", `-c${options.connections}`, `-d${options.seconds}s`, "--latency", url]);
    let text = "";
    child.stdout.on("data", (d) => (text += d));
    child.stderr.on("data", (d) => (text += d));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk failed:\n${text}`))));
  });
  return parseWrk(output);
}

async function runAutocannon(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** The `p`th percentile (nearest rank) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Requests per second and latency of GET `url` under `connections` concurrent clients. */
export function measure(url: string, options: LoadOptions): Promise<LoadResult> {
  const wrk = wrkBinary();
  return wrk ? runWrk(wrk, url, options) : runAutocannon(url, options);
}
