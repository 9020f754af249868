import { expect, test, type Browser } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { storyState, transition } from "./support/api";
import { E2E_BASE_URL } from "./support/settings";

const RLO = "\u202E"; // RIGHT-TO-LEFT OVERRIDE

async function signedIn(browser: Browser, role: "reporter" | "editor") {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: storageStateFor(role) });
  return { request: context.request, close: () => context.close() };
}

/** A reader with no cookies, as a first visit would be. */
async function reader(browser: Browser) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: { cookies: [], origins: [] } });
  return { page: await context.newPage(), close: () => context.close() };
}

test("a right-to-left override typed into a headline never reaches readers, and the published headline is isolated", async ({ browser }) => {
  const reporter = await signedIn(browser, "reporter");
  const editor = await signedIn(browser, "editor");
  const anonymous = await reader(browser);
  const stamp = Date.now().toString(36);
  const headline = `evil ${stamp} خبر`;

  const created = await reporter.request.post("/api/v1/articles", {
    data: { headline: `${RLO}${headline}`, dek: `ملخص ${stamp}${RLO}`, bodyText: "نص الخبر.", section: "world", language: "ar" },
  });
  expect(created.status()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  expect((await storyState(reporter.request, id)).headline).toBe(headline);
  expect((await transition(reporter.request, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(editor.request, id, "approved", 2)).status()).toBe(200);
  expect((await transition(editor.request, id, "published", 3)).status()).toBe(200);

  const { page } = anonymous;
  await page.goto(`/world/${encodeURIComponent(slug)}`);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toHaveText(headline);
  expect(await h1.textContent()).not.toContain(RLO);

  // All of the headline is inside one <bdi>, and the browser isolates it.
  const isolated = h1.locator("bdi");
  await expect(isolated).toHaveCount(1);
  expect(await isolated.textContent()).toBe(await h1.textContent());
  expect(await isolated.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe("isolate");

  // Each byline name is isolated too.
  await expect(page.locator("article header span", { hasText: "بقلم" }).locator("bdi")).toHaveCount(1);

  // A <title> cannot isolate with markup: the text itself must be clean.
  const title = await page.evaluate(() => document.title);
  expect(title).toContain(headline);
  expect(title).not.toContain(RLO);
  const description = await page.locator('meta[name="description"]').getAttribute("content");
  expect(description).toBe(`ملخص ${stamp}`);

  await Promise.all([reporter.close(), editor.close(), anonymous.close()]);
});
