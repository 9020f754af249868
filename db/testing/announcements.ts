import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { parsePublicChangeMessage, PUBLIC_CHANGES_CHANNEL } from "../queries/public-changes";
import { createDemoDesk, type DemoDesk } from "./demo-desk";

export type Announcements = {
  /** The tags announced while `act` ran, each announcement's sorted. */
  during: (act: () => Promise<unknown>) => Promise<string[][]>;
  stop: () => Promise<void>;
};

/** Listens, as every app instance does, for the public-cache invalidations committed on the database at `url`. */
async function listenForAnnouncements(url: string): Promise<Announcements> {
  const heard: string[][] = [];
  const fences = new Map<string, () => void>();
  const listener = postgres(url, { max: 1, onnotice: () => {} });
  await listener.listen(PUBLIC_CHANGES_CHANNEL, (payload) => {
    const release = fences.get(payload);
    if (release) release();
    else heard.push(parsePublicChangeMessage(payload));
  });

  // PostgreSQL delivers notifications in commit order, so once our own marker
  // arrives every announcement committed before it has arrived too: no sleep
  // can guarantee that, and a late one from the step before would be counted.
  async function fence(): Promise<void> {
    const marker = `fence:${randomUUID()}`;
    const arrived = new Promise<void>((resolve) => fences.set(marker, resolve));
    await listener`select pg_notify(${PUBLIC_CHANGES_CHANNEL}, ${marker})`;
    await arrived;
    fences.delete(marker);
  }

  return {
    during: async (act) => {
      await fence();
      heard.length = 0;
      await act();
      await fence();
      return heard.map((tags) => [...tags].sort());
    },
    stop: () => listener.end(),
  };
}

/**
 * For a test file whose tests watch announcements: a demo desk made before
 * them, a listener on it, both handed to `ready`, and both gone after.
 */
export function withListeningDesk(ready: (desk: DemoDesk, announcements: Announcements) => void): void {
  let desk: DemoDesk | undefined;
  let announcements: Announcements | undefined;
  beforeAll(async () => {
    desk = await createDemoDesk();
    announcements = await listenForAnnouncements(desk.url);
    ready(desk, announcements);
  });
  afterAll(async () => {
    await announcements?.stop();
    await desk?.drop();
  });
}
