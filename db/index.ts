import "server-only";
import { env } from "@/lib/env";
import { appDatabase, type Db, type Pool } from "./client";

/**
 * The launcher (npm run dev / npm start) sets DATABASE_URL, to the embedded
 * server or to the one you configured.
 */
function pool(name: Pool): Db {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide it.");
  return appDatabase(url, name).db;
}

/** The app's database, for the desk, the API and everything signed in. */
export function getDb(): Db {
  return pool("desk");
}

/** The readers' own pool, for the public site's reads (db/client.ts says why). */
export function getPublicDb(): Db {
  return pool("public");
}
