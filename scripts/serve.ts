import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { connectDatabase } from "@/db/client";
import { startJobWorker } from "@/db/jobs/worker";
import { mailNotification } from "@/server/mail/notification-mail";
import { migrateDatabase } from "@/db/migrate";
import { ownSignals } from "@/db/runtime/exit-hooks";
import { provideDatabase } from "@/db/runtime/provide";
import { seedDemo } from "@/db/seed/seed";
import { env } from "@/lib/env";
import { CliError, runCli } from "./cli";

/**
 * `npm run dev` / `npm start`: provides the database (DATABASE_URL, or the
 * embedded server in .data/postgres), applies migrations, then serves
 * Next.js with DATABASE_URL and AUTH_SECRET set, and stops the database
 * when it stops. On SIGTERM, SIGINT or SIGHUP, production drains: it answers
 * the requests in flight, then closes the database and exits 0.
 */
type Mode = "dev" | "start";
/** A running web server: `ended` settles with an exit code if it stops by itself. */
type Running = { ended: Promise<number>; close: () => Promise<void> };

/**
 * Development runs the `next dev` command itself (its file watching and hot
 * reload are only dependable there). Production serves Next.js from our own
 * HTTP server, which fixes the client address (scripts/http-server.ts).
 */
async function serve(mode: Mode, options: { host: string; port: number; trustProxy: boolean; publicSMaxAge: number; databaseUrl: string }): Promise<Running> {
  if (mode === "start") {
    // Imported only now, after NODE_ENV is set: Next.js reads it when it loads.
    const { serveNext } = await import("./http-server");
    const server = await serveNext({ dev: false, ...options });
    return { ended: new Promise<number>(() => {}), close: server.close };
  }
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "dev", "--port", String(options.port), "--hostname", options.host], {
    stdio: "inherit",
  });
  const ended = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
  return {
    ended,
    close: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await ended;
    },
  };
}

/** Fails early, before any database work, when the port is taken. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new CliError(`Port ${port} on ${host} is already in use. Stop what uses it, or choose another with PORT.`) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function devAuthSecret(dataRoot: string): string {
  const file = path.join(dataRoot, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = randomBytes(33).toString("base64");
  fs.mkdirSync(dataRoot, { recursive: true });
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

runCli(async () => {
  const mode = process.argv[2] as Mode;
  if (mode !== "dev" && mode !== "start") throw new CliError("Usage: tsx scripts/serve.ts dev|start");
  const config = env();
  const dataRoot = path.resolve(config.NEWSROOM_DATA_DIR);
  if (mode === "start" && !config.AUTH_SECRET) {
    throw new CliError(
      "AUTH_SECRET is not set. Production start signs sessions with it and will not run without one.\n" +
        "  Generate one with: openssl rand -base64 33   and set it in the environment.",
    );
  }
  if (mode === "start" && !fs.existsSync(path.resolve(config.NEWSROOM_BENCH ? ".next-bench" : ".next", "BUILD_ID"))) {
    throw new CliError("There is no production build yet. Run  npm run build  first.");
  }
  const authSecret = config.AUTH_SECRET ?? devAuthSecret(dataRoot);
  await assertPortFree(config.HOST, config.PORT);

  const database = await provideDatabase({ shareRunning: false });
  try {
    await migrateDatabase(database.url);
    // Demo accounts have published passwords: never put them on a shared server unasked.
    if ((mode === "dev" && database.embedded) || config.NEWSROOM_SEED_DEMO) {
      const { db, close } = connectDatabase(database.url, { max: 1 });
      try {
        await seedDemo(db);
      } finally {
        await close();
      }
    }
    Object.assign(process.env, {
      NODE_ENV: mode === "dev" ? "development" : "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    // Ours from before the first connection: a stop signal then always drains (below).
    ownSignals();
    const signalled = new Promise<number>((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve(0));
    });
    const server = await serve(mode, {
      host: config.HOST,
      port: config.PORT,
      trustProxy: config.TRUST_PROXY,
      publicSMaxAge: config.NEWSROOM_PUBLIC_S_MAXAGE,
      databaseUrl: database.url,
    });
    const worker = config.NEWSROOM_WORKER ? await startJobWorker(database.url, console.error, { mailNotification }) : null;
    console.log(`\nNewsroom (${mode === "dev" ? "development" : "production"})`);
    console.log(`  Database: ${database.description}`);
    console.log(`  Worker:   ${worker ? "publishing scheduled stories in this process" : "off (NEWSROOM_WORKER=0; run npm run worker)"}`);
    console.log(`  App:      http://${config.HOST === "127.0.0.1" ? "localhost" : config.HOST}:${config.PORT}\n`);
    const code = await Promise.race([signalled, server.ended]);
    // New connections are refused from here on; requests in flight are answered first
    // (scripts/http-server.ts), and a publication in hand finishes, before the database stops.
    console.log("\nStopping…");
    await Promise.all([server.close(), worker?.stop()]);
    if (code !== 0) throw new CliError(`Next.js stopped with exit code ${code}.`);
  } finally {
    await database.stop();
  }
});
