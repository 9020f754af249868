import fs from "node:fs/promises";
import path from "node:path";

/**
 * What `npm run bench:site` captures from each public page once the app
 * runs, its content type and body, so that the page's ceiling answers the
 * same bytes without computing anything.
 */
export type CeilingCopy = { contentType: string; body: string };

export const CEILING_DIR = path.join(process.cwd(), ".data", "bench-ceiling");

export async function readCeilingCopy(name: string): Promise<CeilingCopy | null> {
  if (!/^[a-z0-9-]{1,40}$/.test(name)) return null;
  try {
    return JSON.parse(await fs.readFile(path.join(CEILING_DIR, `${name}.json`), "utf8")) as CeilingCopy;
  } catch {
    return null;
  }
}
