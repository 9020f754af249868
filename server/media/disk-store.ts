import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { assertMediaKey, type MediaStore } from "./store";

/** Files under `root` (NEWSROOM_DATA_DIR/media): zero set-up, one machine. */
export function diskStore(root: string): MediaStore {
  const path = (key: string) => {
    assertMediaKey(key);
    return join(root, ...key.split("/"));
  };
  return {
    async put(key, bytes) {
      const target = path(key);
      await mkdir(dirname(target), { recursive: true });
      // Written aside, then renamed over: a rename within one folder is atomic.
      const temporary = `${target}.${randomUUID()}.part`;
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, target);
      } finally {
        await rm(temporary, { force: true });
      }
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(path(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(keys) {
      await Promise.all(keys.map((key) => rm(path(key), { force: true })));
    },
  };
}
