import { expect, test } from "@playwright/test";
import { slugify } from "@/lib/arabic/slug";
import { storageStateFor } from "./support/accounts";
import { createDraft } from "./support/api";
import { publishedStory } from "./support/published-story";
import { E2E_BASE_URL } from "./support/settings";
import { StoryPage } from "./support/story-page";

type Story = { slug: string; slugChosen: boolean; version: number; headline: string };
const stamp = () => Date.now().toString(36);

test("a reporter sets a draft's address in the story form; an empty one is refused with the text kept; a new headline leaves the chosen address", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("reporter") });
  const page = await context.newPage();
  const id = await createDraft(context.request, `مسودة لها رابط ${stamp()}`);
  const story = async () => (await (await context.request.get(`/api/v1/articles/${id}`)).json()) as Story;
  await page.goto(`/dashboard/articles/${id}`);
  const form = page.locator("form:has(input[name=slug])");
  const address = form.getByLabel("المسار في الرابط");
  await expect(form).toContainText("يتبع العنوان");

  await address.fill("؟؟ !!");
  await form.getByRole("button", { name: "حفظ الرابط" }).click();
  await expect(form.getByText("يجب أن يتضمن المسار في الرابط حروفًا أو أرقامًا")).toBeVisible();
  await expect(address).toHaveValue("؟؟ !!");
  expect(await story()).toMatchObject({ version: 1, slugChosen: false });

  const chosen = `مسار مختار ${stamp()}`;
  await address.fill(chosen);
  await form.getByRole("button", { name: "حفظ الرابط" }).click();
  await expect(page.getByText("النسخة 2")).toBeVisible();
  const saved = await story();
  expect(saved).toMatchObject({ slug: slugify(chosen), slugChosen: true });
  await expect(address).toHaveValue(saved.slug);
  await expect(form).toContainText("اخترته بنفسك");

  // A new headline, typed in the editor and saved: the chosen address stays.
  // Leaving the field autosaves before the button saves, or not, by a hair: the versions count either way, the outcome is the same.
  const headline = `عنوان جديد تماما ${stamp()}`;
  await page.getByLabel("العنوان", { exact: true }).fill(headline);
  await page.getByRole("button", { name: "حفظ التعديلات" }).click();
  await expect.poll(async () => (await story()).headline).toBe(headline);
  expect((await story()).slug).toBe(saved.slug);
  await context.close();
});

test("an editor changes a published story's address: the old link redirects to the new one", async ({ browser }) => {
  const { id, reporter, editor } = await publishedStory(browser, `قصة منشورة برابط ${stamp()}`);
  const before = (await (await editor.request.get(`/api/v1/articles/${id}`)).json()) as Story;
  const page = await editor.newPage();
  await page.goto(`/dashboard/articles/${id}`);
  await new StoryPage(page).expectStatus("published");
  const form = page.locator("form:has(input[name=slug])");
  await expect(form).toContainText("يبقى القديم يحيل إلى الجديد");
  const next = `رابط أوضح ${stamp()}`;
  await form.getByLabel("المسار في الرابط").fill(next);
  await form.getByRole("button", { name: "حفظ الرابط" }).click();
  await expect(form.getByRole("status")).toContainText("حُفظ الرابط");

  const reader = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  const old = await reader.request.get(`/world/${encodeURIComponent(before.slug)}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(old.status());
  expect(decodeURIComponent(old.headers()["location"] ?? "")).toContain(`/world/${slugify(next)}`);
  await Promise.all([reader.close(), reporter.close(), editor.close()]);
});
