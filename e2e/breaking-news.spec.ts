import { expect, test, type Page } from "@playwright/test";
import { replayAction } from "./security/actions";
import { createDraft, storyState } from "./support/api";
import { publishedStory } from "./support/published-story";
import { E2E_BASE_URL } from "./support/settings";

/** An anonymous reader's page, asked again until the breaking bar shows (or no longer shows) the headline. */
async function expectInBar(reader: Page, path: string, headline: string, shown: boolean) {
  await expect
    .poll(
      async () => {
        await reader.goto(path);
        return reader.getByTestId("breaking-bar").getByRole("link", { name: headline }).count();
      },
      { timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBe(shown ? 1 : 0);
}

// The demo editor and reporter work in Arabic.
test("an editor marks a published story breaking from the desk; readers see the bar on the home and story pages until it is taken out", async ({ browser }) => {
  const headline = `عاجل من المكتب ${Date.now()}`;
  const { id, reporter, editor } = await publishedStory(browser, headline);
  const desk = await editor.newPage();
  await desk.goto(`/dashboard/articles/${id}`);
  const panel = desk.getByTestId("breaking-panel");
  await expect(panel.getByTestId("breaking-state")).toHaveText("ليست في شريط العاجل.");
  await panel.getByLabel("المدة").selectOption("30");
  await panel.getByRole("button", { name: "ضعها في شريط العاجل" }).click();
  await expect(panel.getByTestId("breaking-state")).toHaveText(/^في شريط العاجل حتى /);

  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } })).newPage();
  await expectInBar(reader, "/", headline, true);
  const bar = reader.getByTestId("breaking-bar");
  await expect(bar.getByRole("heading", { name: "عاجل" })).toBeVisible();
  await bar.getByRole("link", { name: headline }).click();
  await expect(reader.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(reader.getByTestId("breaking-bar").getByRole("link", { name: headline })).toBeVisible();

  // A reporter sees no such panel, and the server refuses them through the API.
  const reporterPage = await reporter.newPage();
  await reporterPage.goto(`/dashboard/articles/${id}`);
  await expect(reporterPage.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(reporterPage.getByTestId("breaking-panel")).toHaveCount(0);
  expect((await reporter.request.delete(`/api/v1/articles/${id}/breaking`)).status()).toBe(403);

  await panel.getByRole("button", { name: "أزلها من شريط العاجل" }).click();
  await expect(panel.getByTestId("breaking-state")).toHaveText("ليست في شريط العاجل.");
  await expectInBar(reader, "/", headline, false);
  await desk.reload();
  // The story's history names both acts.
  await expect(desk.locator("li", { hasText: "· وسم القصة عاجلة" })).toHaveCount(1);
  await expect(desk.locator("li", { hasText: "· إزالة وسم العاجل" })).toHaveCount(1);
  await Promise.all([reporter.close(), editor.close(), reader.context().close()]);
});

test("a mark ends by itself at its time, and the bar leaves every page", async ({ browser }) => {
  const headline = `عاجل لثوانٍ ${Date.now()}`;
  const { id, reporter, editor } = await publishedStory(browser, headline);
  const until = new Date(Date.now() + 4_000).toISOString();
  const marked = await editor.request.post(`/api/v1/articles/${id}/breaking`, { data: { until } });
  expect(marked.status()).toBe(200);
  expect(await marked.json()).toEqual({ breakingUntil: until });
  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } })).newPage();
  await expectInBar(reader, "/", headline, true);
  await expectInBar(reader, "/", headline, false);
  expect((await storyState(editor.request, id)).version).toBe(4);
  await Promise.all([reporter.close(), editor.close(), reader.context().close()]);
});

test("reporters are refused through the API and a replayed Server Action, and unpublished stories cannot be marked", async ({ browser }) => {
  const { id, reporter, editor } = await publishedStory(browser, `خبر لا يصير عاجلًا ${Date.now()}`);
  const refused = await reporter.request.post(`/api/v1/articles/${id}/breaking`, { data: {} });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { reason: string } }).error.reason).toBe("breaking_editors_only");
  const replayed = await replayAction(reporter.request, "markBreakingAction", `/dashboard/articles/${id}`, { id, minutes: "30" });
  expect(replayed.status()).toBe(403);
  const draft = await createDraft(reporter.request);
  const notPublished = await editor.request.post(`/api/v1/articles/${draft}/breaking`, { data: { minutes: 30 } });
  expect(notPublished.status()).toBe(422);
  expect((await editor.request.post(`/api/v1/articles/${id}/breaking`, { data: { minutes: 0 } })).status()).toBe(400);
  expect((await editor.request.get(`/api/v1/articles/${id}`).then((r) => r.json())) as { breakingUntil: string | null }).toMatchObject({ breakingUntil: null });
  await Promise.all([reporter.close(), editor.close()]);
});
