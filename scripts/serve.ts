import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { provideDatabase } from "@/db/runtime/provide";
import { seedDemo } from "@/db/seed/seed";
import { env } from "@/lib/env";
import { CliError, runCli } from "./cli";

/**
 * `npm run dev` / `npm start`: provides the database (DATABASE_URL, or the
 * embedded server in .data/postgres), applies migrations, then runs Next.js
 * with DATABASE_URL and AUTH_SECRET set, and stops the database after it.
 */
type Mode = "dev" | "start";

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
  const authSecret = config.AUTH_SECRET ?? devAuthSecret(dataRoot);

  const database = await provideDatabase({ shareRunning: false });
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
  };
  try {
    await migrateDatabase(database.url);
    if (mode === "dev" || config.NEWSROOM_SEED_DEMO) {
      const { db, close } = connectDatabase(database.url, { max: 1 });
      try {
        await seedDemo(db);
      } finally {
        await close();
      }
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  console.log(`\nNewsroom (${mode === "dev" ? "development" : "production"})`);
  console.log(`  Database: ${database.description}`);
  console.log(`  App:      http://${config.HOST === "127.0.0.1" ? "localhost" : config.HOST}:${config.PORT}\n`);

  const child = spawn(process.execPath, [nextBin, mode, "--port", String(config.PORT), "--hostname", config.HOST], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => child.kill(signal));
  }
  const code = await new Promise<number>((resolve) => child.on("exit", (c, s) => resolve(c ?? (s ? 1 : 0))));
  await stopDatabase();
  if (code !== 0) process.exit(code);
});
