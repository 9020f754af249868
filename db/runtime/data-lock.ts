import fs from "node:fs";
import path from "node:path";

/**
 * One process at a time may create, start or run the embedded server of a
 * data folder. PostgreSQL's own lock file only exists once the server runs,
 * which leaves the first start (initdb) unguarded; this lock covers it.
 */
export type DataLock = { release: () => void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The process holding the lock, if it is still alive. */
export function lockHolder(dataRoot: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataRoot, "embedded.lock"), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock, or returns the pid of the live process that holds it. */
export function acquireDataLock(dataRoot: string): DataLock | { heldBy: number } {
  const file = path.join(dataRoot, "embedded.lock");
  fs.mkdirSync(dataRoot, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
      process.once("exit", release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = lockHolder(dataRoot);
      if (holder) return { heldBy: holder };
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}.`);
}
