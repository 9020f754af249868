import { expect, test, type Page } from "@playwright/test";
import { publishedStory } from "./support/published-story";
import { E2E_BASE_URL } from "./support/settings";

/** Whether the home page's lead is `headline`, read again until it is (or until it is not). */
async function expectLead(reader: Page, headline: string, lead: boolean) {
  await expect
    .poll(
      async () => {
        await reader.goto("/");
        return (await reader.getByTestId("top-stories").getByRole("heading", { level: 2 }).first().innerText()) === headline;
      },
      { timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBe(lead);
}

// The demo editor and reporter work in Arabic.
test("an editor pins a story as the lead from the desk; readers see it above newer stories until it is unpinned", async ({ browser }) => {
  const stamp = Date.now();
  const older = `الخبر الرئيسي المختار ${stamp}`;
  const { id, reporter, editor } = await publishedStory(browser, older);
  // More stories than the top holds, so that the section's rail has some of its own.
  const fillers = await Promise.all([1, 2, 3, 4, 5].map((n) => publishedStory(browser, `خبر للعالم ${n} ${stamp}`)));
  const newer = `خبر أحدث من الرئيسي ${stamp}`;
  const next = await publishedStory(browser, newer);

  const desk = await editor.newPage();
  await desk.goto(`/dashboard/articles/${id}`);
  const panel = desk.getByTestId("home-panel");
  await expect(panel.getByTestId("home-state")).toHaveText("ليست مثبتة في الصفحة الرئيسية.");
  await panel.getByLabel("الموضع").selectOption({ label: "الخبر الرئيسي" });
  await panel.getByLabel("المدة").selectOption({ label: "ساعة واحدة" });
  await panel.getByRole("button", { name: "ثبّتها" }).click();
  await expect(panel.getByTestId("home-state")).toHaveText(/^مثبتة في «الخبر الرئيسي» حتى /);

  const reader = await (await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } })).newPage();
  await expectLead(reader, older, true);
  // The newer story is still on the page, below the lead; the pinned one is not repeated in a rail or the list.
  await expect(reader.getByRole("link", { name: newer }).first()).toBeVisible();
  await expect(reader.getByRole("link", { name: older })).toHaveCount(1);
  // Each section readers see has its rail, linking to the section's page, and the navigation names it.
  const rail = reader.getByTestId("section-rail").filter({ has: reader.getByRole("heading", { name: "أهم أخبار العالم" }) });
  await expect(rail.getByRole("link", { name: "المزيد من أهم أخبار العالم" })).toHaveAttribute("href", "/world");
  await expect(reader.getByRole("navigation", { name: "أقسام الموقع" }).getByRole("link", { name: "أهم أخبار العالم" })).toHaveAttribute("href", "/world");

  // A reporter sees no such panel, and the server refuses them through the API.
  const reporterPage = await reporter.newPage();
  await reporterPage.goto(`/dashboard/articles/${id}`);
  await expect(reporterPage.getByRole("heading", { level: 1, name: older })).toBeVisible();
  await expect(reporterPage.getByTestId("home-panel")).toHaveCount(0);
  expect((await reporter.request.post(`/api/v1/articles/${id}/home`, { data: { slot: 1 } })).status()).toBe(403);
  expect((await reporter.request.delete(`/api/v1/articles/${id}/home`)).status()).toBe(403);

  await panel.getByRole("button", { name: "أزلها من الصفحة الرئيسية" }).click();
  await expect(panel.getByTestId("home-state")).toHaveText("ليست مثبتة في الصفحة الرئيسية.");
  await expectLead(reader, older, false);
  await desk.reload();
  await expect(desk.locator("li", { hasText: "· تثبيت في الصفحة الرئيسية" })).toHaveCount(1);
  await expect(desk.locator("li", { hasText: "· إلغاء التثبيت في الصفحة الرئيسية" })).toHaveCount(1);
  await Promise.all([reporter, editor, next.reporter, next.editor, reader.context(), ...fillers.flatMap((f) => [f.reporter, f.editor])].map((c) => c.close()));
});
