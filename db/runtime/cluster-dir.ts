import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { DatabaseSetupError } from "./errors";

export const SHARED_ROOT_FOR_ROOT = "/var/lib/newsroom";

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Whether every folder above `dir` lets other users pass through (o+x). */
export function traversableByOthers(dir: string): boolean {
  let current = path.dirname(path.resolve(dir));
  for (;;) {
    try {
      if ((fs.statSync(current).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Where the embedded cluster keeps its files. Normally `<dataRoot>/postgres`.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres`
 * user, which must be able to reach the folder; when the project sits under a
 * private folder (such as /root) the cluster lives under /var/lib/newsroom
 * instead and `<dataRoot>/postgres` is a symbolic link to it.
 */
export function resolveClusterDir(dataRoot: string): { dir: string; relocated: boolean } {
  const wanted = path.resolve(dataRoot, "postgres");
  if (!isRoot() || traversableByOthers(wanted)) {
    if (fs.existsSync(wanted) && fs.lstatSync(wanted).isSymbolicLink()) {
      return { dir: fs.realpathSync(wanted), relocated: true };
    }
    return { dir: wanted, relocated: false };
  }
  const key = createHash("sha256").update(wanted).digest("hex").slice(0, 12);
  const dir = path.join(SHARED_ROOT_FOR_ROOT, `${path.basename(path.dirname(wanted))}-${key}`, "postgres");
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
  fs.chmodSync(SHARED_ROOT_FOR_ROOT, 0o755);
  fs.mkdirSync(path.dirname(wanted), { recursive: true });
  const current = lstatOrNull(wanted);
  if (current?.isSymbolicLink() && fs.readlinkSync(wanted) !== dir) fs.unlinkSync(wanted);
  else if (current && !current.isSymbolicLink()) {
    throw new DatabaseSetupError(
      `${wanted} exists, but the postgres user cannot reach it (a parent folder is private). ` +
        "Make the parent folders enterable (chmod o+x) or move the project.",
    );
  }
  if (!lstatOrNull(wanted)) fs.symlinkSync(dir, wanted);
  return { dir, relocated: true };
}

function lstatOrNull(p: string): fs.Stats | null {
  try {
    return fs.lstatSync(p);
  } catch {
    return null;
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port, timeout: 1000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The server already running on a cluster folder, from PostgreSQL's own lock
 * file: its process must be alive and its port answering (a stale lock file
 * whose pid was reused after a reboot does not count).
 */
export async function runningServer(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return (await acceptsConnections(port)) ? { pid, port } : null;
}
