import { spawn } from "node:child_process";
import { E2E_AUTH_SECRET } from "./settings";

export type AppServer = { url: string; stop: () => Promise<void>; output: () => string };

/**
 * Another `npm start` of the production build, beside the one Playwright
 * starts: a second instance on the same database, or one on a database a
 * test stops and starts. Runs tsx in-process (no npm in between) so stopping
 * it stops the server.
 */
export async function startAppServer(options: { port: number; databaseUrl: string }): Promise<AppServer> {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "start"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOST: "127.0.0.1",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: E2E_AUTH_SECRET,
      NEWSROOM_SEED_DEMO: "",
      NEWSROOM_SIGNIN_IP_LIMIT: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app server stopped at once:\n${output}`);
    const up = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error(`The app server did not answer in time:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
