import path from "node:path";
import { env } from "@/lib/env";
import { startEmbeddedDatabase, runningEmbeddedDatabase } from "./embedded";
import { assertReachable, describeServer } from "./external";

export type ProvidedDatabase = { url: string; description: string; embedded: boolean; stop: () => Promise<void> };

/**
 * The database to use: DATABASE_URL when set, else the embedded server in the
 * data folder (started here, or reused when `shareRunning` and another
 * process already runs it).
 */
export async function provideDatabase(options: { shareRunning: boolean }): Promise<ProvidedDatabase> {
  const { DATABASE_URL, NEWSROOM_DATA_DIR } = env();
  if (DATABASE_URL) {
    await assertReachable(DATABASE_URL);
    return {
      url: DATABASE_URL,
      description: `PostgreSQL at ${describeServer(DATABASE_URL)} (DATABASE_URL)`,
      embedded: false,
      stop: async () => {},
    };
  }
  const dataRoot = path.resolve(NEWSROOM_DATA_DIR);
  if (options.shareRunning) {
    const running = await runningEmbeddedDatabase(dataRoot);
    if (running) {
      return {
        url: running.url,
        description: `the running embedded PostgreSQL (port ${running.port})`,
        embedded: true,
        stop: async () => {},
      };
    }
  }
  const started = await startEmbeddedDatabase(dataRoot);
  const where = started.relocated
    ? `${started.clusterDir} (linked from ${path.join(NEWSROOM_DATA_DIR, "postgres")}: the postgres user cannot reach the project folder)`
    : path.join(NEWSROOM_DATA_DIR, "postgres");
  return {
    url: started.url,
    description: `embedded PostgreSQL on port ${started.port}, data in ${where}`,
    embedded: true,
    stop: started.stop,
  };
}
