import path from "node:path";
import { expect, test } from "@playwright/test";
import { runningEmbeddedDatabase } from "@/db/runtime/embedded";
import { freePort } from "@/db/runtime/free-port";
import { storageStateFor } from "./support/accounts";
import { createDraft, storyState, transition } from "./support/api";
import { startAppServer, type AppServer } from "@/scripts/support/app-server";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATA_DIR } from "./support/settings";

/** Polls `url` until it answers `status`; returns how long that took. */
/**
 * Waits for the other instance to answer `status`. Its cached copy would
 * otherwise live an hour, so seeing the change within seconds proves the
 * invalidation reached it; how many milliseconds it took is bench:site's job.
 */
async function seenOn(url: string, status: number): Promise<void> {
  await expect.poll(async () => (await fetch(url)).status, { timeout: 15_000, intervals: [20] }).toBe(status);
}

test.describe("two app instances on one database", () => {
  let second: AppServer;
  test.beforeAll(async () => {
    test.setTimeout(90_000);
    const database = await runningEmbeddedDatabase(path.resolve(E2E_DATA_DIR));
    if (!database) throw new Error("The end-to-end server's database is not running.");
    second = await startAppServer({
      port: await freePort(),
      databaseUrl: database.url,
      authSecret: E2E_AUTH_SECRET,
      env: { NEWSROOM_SIGNIN_IP_LIMIT: "1000" },
    });
  });
  test.afterAll(async () => second?.stop());

  test("a publication through either instance reaches readers of both within a second", async ({ browser }) => {
    const open = async (role: "reporter" | "editor", baseURL: string) => (await browser.newContext({ baseURL, storageState: storageStateFor(role) })).request;
    const reporter = await open("reporter", E2E_BASE_URL);
    const editorOnFirst = await open("editor", E2E_BASE_URL);
    const editorOnSecond = await open("editor", second.url);
    const headline = `خبر على نسختين ${Date.now()}`;
    const id = await createDraft(reporter, headline);
    expect((await transition(reporter, id, "in_review", 1)).status()).toBe(200);
    expect((await transition(editorOnFirst, id, "approved", 2)).status()).toBe(200);
    const slug = ((await (await editorOnFirst.get(`/api/v1/articles/${id}`)).json()) as { slug: string }).slug;
    const path = `/world/${encodeURIComponent(slug)}`;
    // Both instances have the address cached as missing.
    for (const base of [E2E_BASE_URL, second.url]) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
      expect((await fetch(`${base}${path}`)).headers.get("x-nextjs-cache")).toBe("HIT");
    }

    expect((await transition(editorOnFirst, id, "published", 3)).status()).toBe(200);
    await seenOn(`${second.url}${path}`, 200);
    expect(await (await fetch(`${second.url}/`)).text()).toContain(headline);

    const { version } = await storyState(editorOnSecond, id);
    expect((await transition(editorOnSecond, id, "unpublished", version, { reason: "سحب للمراجعة" })).status()).toBe(200);
    // Taken off the site: gone (410), seen on the other instance too.
    await seenOn(`${E2E_BASE_URL}${path}`, 410);
    expect(await (await fetch(`${E2E_BASE_URL}/`)).text()).not.toContain(headline);
  });
});
