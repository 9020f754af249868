import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { removeEmbeddedDatabase, startEmbeddedDatabase, type EmbeddedDatabase } from "@/db/runtime/embedded";
import { freePort } from "@/db/runtime/free-port";
import { seedDemo } from "@/db/seed/seed";
import { startAppServer, type AppServer } from "@/scripts/support/app-server";
import { E2E_AUTH_SECRET } from "./support/settings";

/**
 * An instance of its own on a database of its own, which the test stops for
 * ten seconds and starts again on the same port.
 */
const DATA_ROOT = path.resolve(".data/e2e-outage");
let database: EmbeddedDatabase | null = null;
let app: AppServer | null = null;
let dbPort = 0;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(DATA_ROOT, { recursive: true, force: true });
  dbPort = await freePort();
  database = await startEmbeddedDatabase(DATA_ROOT, { fast: true, port: dbPort });
  await migrateDatabase(database.url);
  const { db, close } = connectDatabase(database.url, { max: 1 });
  await seedDemo(db);
  await close();
  app = await startAppServer({ port: await freePort(), databaseUrl: database.url, authSecret: E2E_AUTH_SECRET, env: { NEWSROOM_SIGNIN_IP_LIMIT: "1000" } });
});

test.afterAll(async () => {
  await app?.stop();
  await database?.stop();
  await removeEmbeddedDatabase(DATA_ROOT);
  fs.rmSync(DATA_ROOT, { recursive: true, force: true });
});

test.use({ locale: "ar-EG" });

test("with the database stopped, cached public pages answer 200 and the desk says it is retrying, then recovers by itself", async ({ page }) => {
  test.setTimeout(120_000);
  const base = app!.url;
  const home = await fetch(`${base}/`);
  const storyPath = /href="(\/world\/[^"]+)"/.exec(await home.text())?.[1];
  expect(storyPath).toBeTruthy();
  expect((await fetch(`${base}${storyPath}`)).status).toBe(200);

  await database!.stop();
  const downSince = Date.now();
  await expect.poll(async () => (await fetch(`${base}/dashboard`, { redirect: "manual" })).status, { timeout: 5_000 }).toBe(503);
  const desk = await fetch(`${base}/dashboard`, { headers: { "Accept-Language": "ar" } });
  expect(desk.headers.get("retry-after")).toBeTruthy();
  expect(await desk.text()).toContain("قاعدة البيانات لا تستجيب");
  const api = await fetch(`${base}/api/v1/articles`);
  expect(api.status).toBe(503);
  expect(await api.json()).toMatchObject({ error: { code: "unavailable" } });

  await page.goto(`${base}/dashboard`);
  await expect(page.getByRole("heading", { name: "قاعدة البيانات لا تستجيب" })).toBeVisible();

  // Readers keep reading for the ten seconds.
  const statuses: number[] = [];
  while (Date.now() - downSince < 10_000) {
    for (const p of ["/", storyPath!]) statuses.push((await fetch(`${base}${p}`)).status);
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(statuses.length).toBeGreaterThan(20);
  expect(new Set(statuses)).toEqual(new Set([200]));

  database = await startEmbeddedDatabase(DATA_ROOT, { fast: true, port: dbPort });
  // The open page reloads itself and lands on sign-in. How soon is the
  // machine's business (the page asks every two seconds); that it needs no
  // one to click is what this holds.
  await expect(page).toHaveURL(/\/login/, { timeout: 30_000 });
});
