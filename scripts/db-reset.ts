import path from "node:path";
import { removeEmbeddedDatabase } from "@/db/runtime/embedded";
import { env } from "@/lib/env";
import { CliError, runCli } from "./cli";

/** Deletes the embedded database's files (`--yes` required); refuses while it runs. */
runCli(async () => {
  if (!process.argv.includes("--yes")) throw new CliError("This deletes the embedded database. Run again with --yes.");
  if (env().DATABASE_URL) throw new CliError("DATABASE_URL is set: db:reset only deletes the embedded database.");
  const removed = await removeEmbeddedDatabase(path.resolve(env().NEWSROOM_DATA_DIR));
  console.log(`Deleted the embedded database in ${removed}.`);
});
