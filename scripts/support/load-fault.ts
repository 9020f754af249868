import type { LoadClient } from "./load-client";
import { now } from "./load-client";
import type { ScratchDatabase } from "./scratch-database";

export type Restart = {
  /** When the stop began, when PostgreSQL had stopped, when it accepted connections again, when the app answered normally (epoch ms). */
  stopping: number;
  stopped: number;
  started: number;
  recovered: number;
  /** How long after the stop the app first said so (`/api/health` 503), if it did. */
  noticedMs: number | null;
  /** What the desk API answered while the database was down. */
  deskStatuses: Map<number, number>;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops the database, keeps it down for `downMs` while asking the app what
 * it says, starts it again on the same port, and measures until the app
 * answers normally: `/api/health` 200 and a desk API call (the editor's
 * list) 200, both asked at once, a pair every 100 ms; `recovered` is when the
 * first such pair had both answers (Infinity when none came within a minute).
 * `probe` is a signed-in client whose requests are not the load's.
 */
export async function restartDatabase(
  server: NonNullable<ScratchDatabase["server"]>,
  probe: LoadClient,
  downMs: number,
  say: (step: string) => void,
): Promise<Restart> {
  const stopping = now();
  let noticedAt: number | null = null;
  const deskStatuses = new Map<number, number>();
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      const [health, desk] = await Promise.all([probe.request("probe", "GET", "/api/health"), probe.request("probe", "GET", "/api/v1/articles?limit=1")]);
      if (health.status === 503 && noticedAt === null) noticedAt = now();
      deskStatuses.set(desk.status, (deskStatuses.get(desk.status) ?? 0) + 1);
      await sleep(100);
    }
  })();
  await server.stop();
  const stopped = now();
  say("PostgreSQL stopped");
  await sleep(downMs);
  // Back after downMs whatever the probes are waiting for: under load one can take seconds.
  watching = false;
  await server.start();
  const started = now();
  say("PostgreSQL started again");
  // A pair of probes every 100 ms, not one after another: one stuck in a queue must not hide a later one's answer.
  let recovered = Infinity;
  const pairs: Promise<void>[] = [];
  while (recovered === Infinity && now() - started < 60_000) {
    pairs.push(
      Promise.all([probe.request("probe", "GET", "/api/health"), probe.request("probe", "GET", "/api/v1/articles?limit=1")]).then(([health, desk]) => {
        if (health.status === 200 && desk.status === 200) recovered = Math.min(recovered, now());
      }),
    );
    await sleep(100);
  }
  say(recovered === Infinity ? "the app did not recover within a minute" : `the app answers normally again, ${(recovered - started).toFixed(0)} ms later`);
  await Promise.all([watcher, ...pairs]);
  return { stopping, stopped, started, recovered, noticedMs: noticedAt === null ? null : noticedAt - stopping, deskStatuses };
}
