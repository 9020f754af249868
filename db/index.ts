import "server-only";
import { env } from "@/lib/env";
import { appDatabase, type Db } from "./client";

/**
 * The app's database. The launcher (npm run dev / npm start) sets
 * DATABASE_URL, to the embedded server or to the one you configured.
 */
export function getDb(): Db {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide it.");
  return appDatabase(url).db;
}
