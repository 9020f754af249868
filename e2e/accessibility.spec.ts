import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createDraft, transition } from "./support/api";
import { REFERENCE_PATH } from "./support/reference-story";
import { E2E_BASE_URL } from "./support/settings";

/**
 * Every public page type, with the breaking-news bar showing, read by axe
 * (no serious or critical violation) and at a phone's 360 px (no sideways
 * scrolling).
 */
test("public pages have no serious accessibility violation and fit a 360 px screen", async ({ browser }) => {
  // Nine pages, each read whole by axe (the reference story is long): 52–59 s alone on this 2-core machine.
  test.setTimeout(120_000);
  const reporter = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("reporter") });
  const editor = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("editor") });
  const breaking = await createDraft(reporter.request, `خبر عاجل لفحص الإتاحة ${Date.now()}`);
  const gone = await createDraft(reporter.request, `خبر يُسحب لفحص الإتاحة ${Date.now()}`);
  for (const id of [breaking, gone]) {
    expect((await transition(reporter.request, id, "in_review", 1)).status()).toBe(200);
    expect((await transition(editor.request, id, "approved", 2)).status()).toBe(200);
    expect((await transition(editor.request, id, "published", 3)).status()).toBe(200);
  }
  const gonePath = `/world/${((await (await editor.request.get(`/api/v1/articles/${gone}`)).json()) as { slug: string }).slug}`;
  expect((await transition(editor.request, gone, "unpublished", 4, { reason: "Legal check." })).status()).toBe(200);
  expect((await editor.request.post(`/api/v1/articles/${breaking}/breaking`, { data: { minutes: 30 } })).status()).toBe(200);

  const reader = await (
    await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] }, viewport: { width: 360, height: 800 } })
  ).newPage();
  const pages: [string, string, number][] = [
    ["home", "/", 200],
    ["section", "/world", 200],
    ["story", REFERENCE_PATH, 200],
    ["not found", "/world/no-such-story", 404],
    ["gone", encodeURI(gonePath), 410],
    ["corrections", "/corrections", 200],
    ["author", `/author/${encodeURIComponent("ساره-منصور")}`, 200],
    ["search", `/search?q=${encodeURIComponent("إعادة انتخاب")}`, 200],
    ["search, nothing to look for", "/search?q=%21%21", 200],
  ];
  for (const [name, path, status] of pages) {
    const response = await reader.goto(path);
    expect(response?.status(), name).toBe(status);
    if (status === 200) await expect(reader.getByTestId("breaking-bar"), name).toBeVisible();
    const results = await new AxeBuilder({ page: reader }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      name,
    ).toEqual([]);
    expect(await reader.evaluate(() => document.documentElement.scrollWidth), `${name} scrolls sideways at 360 px`).toBeLessThanOrEqual(360);
  }
  await editor.request.delete(`/api/v1/articles/${breaking}/breaking`);
  await Promise.all([reporter.close(), editor.close(), reader.context().close()]);
});
