import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { removeEmbeddedDatabase, startEmbeddedDatabase, type EmbeddedDatabase } from "@/db/runtime/embedded";
import { assertReachable } from "@/db/runtime/external";
import { env } from "@/lib/env";

export type ScratchDatabase = {
  url: string;
  done: () => Promise<void>;
  /** On the embedded server only: stop it and start it again on the same port (an outage). */
  server?: { stop: () => Promise<void>; start: () => Promise<void> };
};

/**
 * A throw-away database for a benchmark or a check: a new database on the
 * server DATABASE_URL names, else an embedded server in `.data/<name>`, fast
 * (no fsync, commits acknowledged before they are flushed) unless `durable`
 * asks for production's settings. `done()` removes it.
 */
export async function scratchDatabase(name: string, options: { durable?: boolean } = {}): Promise<ScratchDatabase> {
  const external = env().DATABASE_URL;
  if (external) {
    await assertReachable(external);
    const database = `newsroom_${name.replace(/\W/g, "_")}_${randomBytes(4).toString("hex")}`;
    const admin = postgres(external, { max: 1, onnotice: () => {} });
    await admin`create database ${admin(database)}`;
    const url = new URL(external);
    url.pathname = `/${database}`;
    return {
      url: url.toString(),
      done: async () => {
        await admin`drop database if exists ${admin(database)} with (force)`;
        await admin.end();
      },
    };
  }
  const dataRoot = path.resolve(".data", name);
  // Fresh every time: a run that was killed leaves its cluster behind (refused while one runs on it).
  await removeEmbeddedDatabase(dataRoot);
  const fast = !options.durable;
  let server: EmbeddedDatabase | null = await startEmbeddedDatabase(dataRoot, { fast });
  const port = server.port;
  return {
    url: server.url,
    done: async () => {
      await server?.stop();
      await removeEmbeddedDatabase(dataRoot);
      fs.rmSync(dataRoot, { recursive: true, force: true });
    },
    server: {
      stop: async () => {
        await server?.stop();
        server = null;
      },
      start: async () => {
        server = await startEmbeddedDatabase(dataRoot, { fast, port });
      },
    },
  };
}
