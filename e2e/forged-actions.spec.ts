import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { apiAs, createDraft, storyState, transition } from "./support/api";
import { auditCount, createTestUser, storiesCreatedBy, updateTestUser } from "./support/database";
import { LoginPage } from "./support/login-page";
import { StoryPage } from "./support/story-page";

/**
 * Server Actions take what the browser sends; these tests change the hidden
 * fields the way a hostile user would and check that the server refuses.
 */
test.describe("forged Server Action calls", () => {
  test.use({ storageState: storageStateFor("reporter"), locale: "ar-EG" });

  test("a reporter turning 'submit' into 'publish' is refused and nothing changes", async ({ page, request }) => {
    const id = await createDraft(request);
    await page.goto(`/dashboard/articles/${id}`);
    const story = new StoryPage(page);
    await story
      .step("submit")
      .locator('input[name="to"]')
      .evaluate((input: HTMLInputElement) => (input.value = "published"));
    await story.step("submit").getByRole("button").click();
    await expect(story.step("submit").getByRole("alert")).toHaveText("لا يسمح دورك بنقل قصة إلى «منشورة».");
    expect(await storyState(request, id)).toMatchObject({ status: "draft", version: 1 });
    expect(await auditCount(id, "article.publish")).toBe(0);
  });

  test("a reporter turning 'withdraw' into 'approve' is refused and leaves no audit row", async ({ page, request }) => {
    const id = await createDraft(request);
    expect((await transition(request, id, "in_review", 1)).status()).toBe(200);
    await page.goto(`/dashboard/articles/${id}`);
    const story = new StoryPage(page);
    await story
      .step("withdraw")
      .locator('input[name="to"]')
      .evaluate((input: HTMLInputElement) => (input.value = "approved"));
    await story.step("withdraw").getByRole("button").click();
    await expect(story.step("withdraw").getByRole("alert")).toHaveText("لا يسمح دورك باعتماد هذه القصة.");
    expect(await storyState(request, id)).toMatchObject({ status: "in_review", version: 2 });
    expect(await auditCount(id, "article.approve")).toBe(0);
  });

  test("a reporter's save redirected to another reporter's story is refused and changes nothing", async ({ page, request, browser }) => {
    const other = await createTestUser("reporter");
    const otherApi = await apiAs(browser, other.email, other.password);
    const theirs = await createDraft(otherApi.request, "قصة زميل");
    const mineId = await createDraft(request);
    // The hostile client sends its autosave to someone else's story.
    await page.route(`**/api/v1/articles/${mineId}`, (route) =>
      route.request().method() === "PATCH" ? route.continue({ url: route.request().url().replace(mineId, theirs) }) : route.continue(),
    );
    await page.goto(`/dashboard/articles/${mineId}`);
    await page.getByLabel("العنوان").fill("عنوان مسروق");
    await page.getByRole("button", { name: "حفظ التعديلات" }).click();
    await expect(page.getByTestId("save-status")).toHaveText("لم يُحفظ: لا يمكنك تعديل هذه القصة.");
    await expect(page.getByLabel("العنوان")).toHaveValue("عنوان مسروق");
    expect(await storyState(otherApi.request, theirs)).toMatchObject({ headline: "قصة زميل", version: 1 });
    await otherApi.close();
  });

  test("a reporter editing their story once it is in review is refused, and keeps what they typed", async ({ page, request }) => {
    const id = await createDraft(request, "قبل المراجعة");
    await page.goto(`/dashboard/articles/${id}`);
    expect((await transition(request, id, "in_review", 1)).status()).toBe(200);
    await page.getByLabel("العنوان").fill("تعديل متأخر");
    await expect(page.getByTestId("save-status")).toHaveText("لم يُحفظ: لا يمكن لكاتب القصة تعديلها وهي «قيد المراجعة».");
    await expect(page.getByLabel("العنوان")).toHaveValue("تعديل متأخر");
    expect(await storyState(request, id)).toMatchObject({ status: "in_review", headline: "قبل المراجعة" });
  });
});

test("a deactivated user's next action is turned away and writes nothing", async ({ page }) => {
  const user = await createTestUser("reporter", { locale: "en" });
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAndWaitFor(user.email, user.password, "/dashboard");
  await page.goto("/dashboard/articles/new");
  await page.getByLabel("Headline").fill("Should never exist");
  await page.getByLabel("Body").fill("Text.");
  await updateTestUser(user.id, { active: false });
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  expect(await storiesCreatedBy(user.id)).toBe(0);
});
