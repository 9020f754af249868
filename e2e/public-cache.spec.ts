import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createDraft, storyState, transition } from "./support/api";
import { E2E_BASE_URL } from "./support/settings";
import { StoryPage } from "./support/story-page";

/** A reader with no cookies at all, as a first visit from a search engine would be. */
async function reader(browser: Browser) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "ar-EG", storageState: { cookies: [], origins: [] } });
  return { page: await context.newPage(), request: context.request, close: () => context.close() };
}

async function signedIn(browser: Browser, role: "reporter" | "editor" | "admin", locale = "ar-EG") {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale, storageState: storageStateFor(role) });
  return { page: await context.newPage(), request: context.request, close: () => context.close() };
}

/** A story taken to "approved" through the API; returns its id, address and version. */
async function approved(reporter: APIRequestContext, editor: APIRequestContext, headline: string) {
  const id = await createDraft(reporter, headline);
  expect((await transition(reporter, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(editor, id, "approved", 2)).status()).toBe(200);
  const state = (await (await editor.get(`/api/v1/articles/${id}`)).json()) as { slug: string; version: number };
  return { id, path: `/world/${encodeURIComponent(state.slug)}`, version: state.version };
}

test("a public page is public for shared caches, with a validator, no cookie, and the same for a signed-in reader", async ({ browser }) => {
  const anonymous = await reader(browser);
  const editor = await signedIn(browser, "editor");
  const home = await (await anonymous.request.get("/")).text();
  const storyPath = /href="(\/world\/[^"]+)"/.exec(home)?.[1];
  expect(storyPath).toBeTruthy();
  for (const path of ["/", storyPath!]) {
    for (const client of [anonymous.request, editor.request]) {
      const response = await client.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["cache-control"]).toMatch(/^public, s-maxage=\d+, stale-while-revalidate=\d+/);
      expect(headers["set-cookie"]).toBeUndefined();
      expect(headers.etag).toBeTruthy();
      const again = await client.get(path, { headers: { "If-None-Match": headers.etag! } });
      expect(again.status()).toBe(304);
      expect(again.headers().etag).toBe(headers.etag);
      expect(await again.body()).toHaveLength(0);
      // A changed page is sent again in full.
      expect((await client.get(path, { headers: { "If-None-Match": '"an-older-version"' } })).status()).toBe(200);
    }
  }
  // The payload client-side navigation fetches is another representation of the page, with a validator of its own.
  const htmlTag = (await anonymous.request.get(storyPath!)).headers().etag;
  const payload = await anonymous.request.get(storyPath!, { headers: { RSC: "1" } });
  expect(payload.headers()["content-type"]).toContain("text/x-component");
  expect(payload.headers().etag).toBeTruthy();
  expect(payload.headers().etag).not.toBe(htmlTag);
  const payloadAgain = await anonymous.request.get(storyPath!, { headers: { RSC: "1", "If-None-Match": payload.headers().etag! } });
  expect(payloadAgain.status()).toBe(304);
  expect((await anonymous.request.get(storyPath!, { headers: { "If-None-Match": payload.headers().etag! } })).status()).toBe(200);
  // The page carries only the words its client components use (the error boundary's), not the desk's.
  expect(home).toContain("حدث خطأ");
  for (const deskWords of ["إنشاء مسودة", "تسجيل الدخول إلى غرفة الأخبار", "قاعدة البيانات لا تستجيب"]) expect(home).not.toContain(deskWords);
  // The desk, its API and a hashed asset keep theirs.
  const desk = await editor.request.get("/dashboard");
  expect(desk.status()).toBe(200);
  expect(desk.headers()["cache-control"]).toMatch(/private/);
  expect(desk.headers()["cache-control"]).toMatch(/no-store/);
  expect((await editor.request.get("/api/v1/articles")).headers()["cache-control"]).toBe("private, no-store");
  const html = await (await anonymous.request.get("/")).text();
  const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
  expect((await anonymous.request.get(asset!)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  await Promise.all([anonymous.close(), editor.close()]);
});

test("publishing in the desk shows the story to a reader whose pages were already cached, and unpublishing takes it away at once", async ({ browser }) => {
  const reporter = await signedIn(browser, "reporter");
  const editor = await signedIn(browser, "editor");
  const anonymous = await reader(browser);
  const headline = `خبر يظهر فور نشره ${Date.now()}`;
  const story = await approved(reporter.request, editor.request, headline);

  // The reader's home page and the story's address are in the cache before it goes out.
  await anonymous.page.goto("/");
  await expect(anonymous.page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(anonymous.page.getByRole("link", { name: headline })).toHaveCount(0);
  expect((await anonymous.request.get(story.path)).status()).toBe(404);
  expect((await anonymous.request.get(story.path)).headers()["x-nextjs-cache"]).toBe("HIT");

  await editor.page.goto(`/dashboard/articles/${story.id}`);
  const desk = new StoryPage(editor.page);
  await desk.take("publish");
  await desk.expectStatus("published");

  await anonymous.page.goto("/");
  await expect(anonymous.page.getByRole("link", { name: headline })).toBeVisible();
  await anonymous.page.getByRole("link", { name: headline }).click();
  await expect(anonymous.page.getByRole("heading", { level: 1, name: headline })).toBeVisible();

  const { version } = await storyState(editor.request, story.id);
  expect((await transition(editor.request, story.id, "unpublished", version, { reason: "سحب للمراجعة القانونية" })).status()).toBe(200);
  // Taken off the site: gone, not missing.
  expect((await anonymous.request.get(story.path)).status()).toBe(410);
  await anonymous.page.goto("/");
  await expect(anonymous.page.getByRole("link", { name: headline })).toHaveCount(0);
  await Promise.all([reporter.close(), editor.close(), anonymous.close()]);
});

test("a published update of a linked story changes its headline on the pages that link to it", async ({ browser }) => {
  const reporter = await signedIn(browser, "reporter");
  const editor = await signedIn(browser, "editor");
  const anonymous = await reader(browser);
  const stamp = Date.now();
  const linked = await approved(reporter.request, editor.request, `الخبر المرتبط ${stamp}`);
  expect((await transition(editor.request, linked.id, "published", linked.version)).status()).toBe(200);

  const linking = await createDraft(reporter.request, `الخبر الذي يشير ${stamp}`);
  const body = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "فقرة." }] },
      { type: "relatedStory", attrs: { articleId: linked.id, headline: `الخبر المرتبط ${stamp}` } },
    ],
  };
  expect((await reporter.request.patch(`/api/v1/articles/${linking}`, { data: { version: 1, body } })).status()).toBe(200);
  expect((await transition(reporter.request, linking, "in_review", 2)).status()).toBe(200);
  expect((await transition(editor.request, linking, "approved", 3)).status()).toBe(200);
  expect((await transition(editor.request, linking, "published", 4)).status()).toBe(200);
  const slug = ((await (await editor.request.get(`/api/v1/articles/${linking}`)).json()) as { slug: string }).slug;

  await anonymous.page.goto(`/world/${encodeURIComponent(slug)}`);
  await expect(anonymous.page.locator("[data-related-story]")).toContainText(`الخبر المرتبط ${stamp}`);

  const current = await storyState(editor.request, linked.id);
  expect(
    (
      await editor.request.patch(`/api/v1/articles/${linked.id}`, { data: { version: current.version, headline: `عنوان أوضح للخبر المرتبط ${stamp}` } })
    ).status(),
  ).toBe(200);
  // Saved but not published: readers still see the old headline.
  await anonymous.page.reload();
  await expect(anonymous.page.locator("[data-related-story]")).toContainText(`الخبر المرتبط ${stamp}`);
  expect((await transition(editor.request, linked.id, "published", current.version + 1)).status()).toBe(200);
  await anonymous.page.reload();
  await expect(anonymous.page.locator("[data-related-story]")).toContainText(`عنوان أوضح للخبر المرتبط ${stamp}`);
  await Promise.all([reporter.close(), editor.close(), anonymous.close()]);
});

test("a story scheduled a minute ahead goes live with nobody acting", async ({ browser }) => {
  test.setTimeout(120_000);
  const reporter = await signedIn(browser, "reporter");
  const editor = await signedIn(browser, "editor");
  const anonymous = await reader(browser);
  const headline = `خبر مجدول بعد دقيقة ${Date.now()}`;
  const story = await approved(reporter.request, editor.request, headline);
  const due = Date.now() + 60_000;
  expect((await transition(editor.request, story.id, "scheduled", story.version, { publishAt: new Date(due).toISOString() })).status()).toBe(200);
  await reporter.close();
  await editor.close();

  expect((await anonymous.request.get(story.path)).status()).toBe(404);
  await expect.poll(async () => (await anonymous.request.get(story.path)).status(), { timeout: 75_000, intervals: [250] }).toBe(200);
  // Never early; late only by the queue's polling, not by the page's hour in the cache.
  expect(Date.now() - due).toBeGreaterThanOrEqual(0);
  expect(Date.now() - due).toBeLessThan(15_000);
  await anonymous.page.goto("/");
  await expect(anonymous.page.getByRole("link", { name: headline })).toBeVisible();
  await anonymous.close();
});
