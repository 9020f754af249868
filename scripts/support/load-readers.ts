import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { LoadClient, type Timed } from "./load-client";

/**
 * Anonymous readers, each asking for one public page after another (with
 * `thinkMs` between them, none by default), the way traffic falls on a news site: the home page one time in
 * five; mostly the newest stories (`hot`, already in the cache); stories the
 * writers published during the run (their first reads render them); and one
 * time in twenty an older story from the archive, rendered on its first read.
 * They run in a process of their own so that their work does not delay the
 * writers' clocks.
 */
export type ReaderPlan = { base: string; connections: number; hot: string[]; archive: string[]; thinkMs: number };

type ToChild = { type: "start"; plan: ReaderPlan } | { type: "published"; path: string } | { type: "stop" };
type FromChild = { type: "done"; log: Timed[] };

export type Readers = { published: (path: string) => void; stop: () => Promise<Timed[]> };

export function startReaders(plan: ReaderPlan): Readers {
  const child = fork(fileURLToPath(import.meta.url), ["--readers"], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const send = (message: ToChild) => child.send(message);
  const done = new Promise<Timed[]>((resolve, reject) => {
    child.on("message", (message: FromChild) => message.type === "done" && resolve(message.log));
    child.once("exit", (code) => reject(new Error(`The readers' process ended early (exit ${code}).`)));
  });
  done.catch(() => {}); // surfaces in stop()
  send({ type: "start", plan });
  return {
    published: (path) => send({ type: "published", path }),
    stop: async () => {
      send({ type: "stop" });
      return done;
    },
  };
}

function readInChild() {
  const log: Timed[] = [];
  const fresh: string[] = [];
  let stopping = false;
  let loops: Promise<void>[] = [];
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  async function reader(plan: ReaderPlan) {
    const client = new LoadClient(plan.base, log);
    while (!stopping) {
      const roll = Math.random();
      if (roll < 0.2) await client.request("home page", "GET", "/");
      else if (roll < 0.25) await client.request("story page, archive", "GET", pick(plan.archive));
      else if (roll < 0.4 && fresh.length) await client.request("story page, published in the run", "GET", pick(fresh));
      else await client.request("story page, newest", "GET", pick(plan.hot));
      if (plan.thinkMs) await new Promise((r) => setTimeout(r, plan.thinkMs * (0.5 + Math.random())));
    }
  }
  // The bench is gone (it failed, or was killed): so are its readers.
  process.once("disconnect", () => process.exit(1));
  process.on("message", (message: ToChild) => {
    if (message.type === "start") loops = Array.from({ length: message.plan.connections }, () => reader(message.plan));
    if (message.type === "published") fresh.push(message.path);
    if (message.type === "stop") {
      stopping = true;
      void Promise.all(loops).then(() => process.send!({ type: "done", log } satisfies FromChild, undefined, {}, () => process.exit(0)));
    }
  });
}

if (process.argv.includes("--readers") && process.send) readInChild();

/** Asks for each page once, `width` at a time, so that the run starts with them in the cache. */
export async function primeCache(base: string, paths: string[], width: number): Promise<void> {
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await fetch(`${base}${path}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`Priming ${path} answered ${response.status}.`);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}
