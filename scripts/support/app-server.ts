import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** `stop()` sends SIGTERM and settles with how the process ended. */
export type AppServer = { url: string; pid: number; stop: () => Promise<Exit>; output: () => string };

/**
 * `npm start` of the production build as a process of its own, for the
 * benchmark and for tests that need another instance (on the same database,
 * or on one they stop and start). Runs tsx in-process, no npm in between, so
 * stopping it stops the server. `env` adds to or overrides the environment.
 */
export async function startAppServer(options: { port: number; databaseUrl: string; authSecret: string; env?: Record<string, string> }): Promise<AppServer> {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      NEWSROOM_SEED_DEMO: "",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Each line with the wall-clock time it came at, to set beside a run's own timings.
  for (const stream of [child.stdout, child.stderr])
    createInterface({ input: stream }).on("line", (line) => (output += `${new Date().toISOString().slice(11, 23)} ${line}\n`));
  const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app server stopped at once:\n${output}`);
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`The app server did not answer in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid!,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
