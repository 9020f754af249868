import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import config from "../drizzle.config";
import { CliError, runCli } from "./cli";

/**
 * `npm run db:check`: db/migrations is consistent and says everything
 * db/schema.ts says, without writing to the repository.
 *
 * 1. `drizzle-kit check`: the snapshots in db/migrations chain without
 *    collisions (two branches that each added a migration, say).
 * 2. `drizzle-kit generate` against a copy of db/migrations in a temporary
 *    folder: any file it writes there is a schema change that no migration
 *    carries.
 */
const DRIZZLE_KIT = path.resolve("node_modules/.bin/drizzle-kit");
/** What `drizzle-kit generate` prints when the newest snapshot matches the schema. */
const NO_CHANGES = "No schema changes, nothing to migrate";

function drizzleKit(args: string[]): string {
  // No standard input: a change drizzle-kit cannot decide alone (a rename?)
  // makes it ask, and a question nobody answers must fail, not wait.
  const run = spawnSync(DRIZZLE_KIT, args, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 120_000 });
  const output = `${run.stdout}${run.stderr}`;
  if (run.error) throw new CliError(`drizzle-kit ${args[0]} did not run: ${run.error.message}\n${output}`);
  if (run.status !== 0) throw new CliError(`drizzle-kit ${args[0]} failed:\n${output}`);
  return output;
}

/** Every file under `dir` with its contents, by path relative to `dir`. */
function contents(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => fs.statSync(path.join(dir, file)).isFile());
  return new Map(files.map((file) => [file, fs.readFileSync(path.join(dir, file), "utf8")]));
}

runCli(async () => {
  drizzleKit(["check", "--config", "drizzle.config.ts"]);

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-db-check-"));
  try {
    const copy = path.join(scratch, "migrations");
    fs.cpSync(path.resolve(config.out ?? "drizzle"), copy, { recursive: true });
    // The project's config with only the output folder moved; drizzle-kit wants it relative.
    const scratchConfig = path.join(scratch, "drizzle.config.ts");
    fs.writeFileSync(
      scratchConfig,
      `import config from ${JSON.stringify(path.resolve("drizzle.config.ts"))};\n` +
        `export default { ...config, out: ${JSON.stringify(path.relative(process.cwd(), copy))} };\n`,
    );
    const before = contents(copy);
    const output = drizzleKit(["generate", "--config", scratchConfig]);
    const after = contents(copy);
    const written = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    const fix = "Run `npm run db:generate` and commit the migration it writes.";
    if (written.length > 0) {
      const sql = written.filter((file) => file.endsWith(".sql")).map((file) => `--- ${file}\n${after.get(file)}`);
      throw new CliError(`db/schema.ts has changes that no migration in db/migrations carries. ${fix}\n\n${sql.join("\n")}`);
    }
    // It wrote nothing but did not say so either: it stopped, at a rename it would ask about, say.
    if (!output.includes(NO_CHANGES)) throw new CliError(`drizzle-kit generate could not compare db/schema.ts with db/migrations. ${fix}\n\n${output}`);
    console.log("The migrations are consistent and match db/schema.ts.");
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
