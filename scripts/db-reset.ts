import fs from "node:fs";
import path from "node:path";
import { resolveClusterDir, runningServer } from "@/db/runtime/cluster-dir";
import { env } from "@/lib/env";
import { CliError, runCli } from "./cli";

/** Deletes the embedded database's files (`--yes` required); refuses while it runs. */
runCli(async () => {
  if (!process.argv.includes("--yes")) throw new CliError("This deletes the embedded database. Run again with --yes.");
  if (env().DATABASE_URL) throw new CliError("DATABASE_URL is set: db:reset only deletes the embedded database.");
  const dataRoot = path.resolve(env().NEWSROOM_DATA_DIR);
  const { dir } = resolveClusterDir(dataRoot);
  const running = runningServer(dir);
  if (running) throw new CliError(`The embedded database is running (pid ${running.pid}); stop the app first.`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.partial`, { recursive: true, force: true });
  fs.rmSync(path.join(dataRoot, "postgres-password"), { force: true });
  fs.rmSync(path.join(dataRoot, "postgres.log"), { force: true });
  console.log(`Deleted the embedded database in ${dir}.`);
});
