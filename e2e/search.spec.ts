import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createDraft, transition } from "./support/api";
import { REFERENCE_HEADLINE } from "./support/reference-story";
import { E2E_BASE_URL } from "./support/settings";

test("a reader searches from any page without JavaScript and finds the story by words spelt their own way", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/world");
  const box = page.getByRole("search", { name: "البحث" }).getByRole("searchbox");
  await box.fill("اعاده انتخاب");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  // The typed words are isolated (FSI … PDI) inside the Arabic sentence.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("نتائج البحث عن «\u2068اعاده انتخاب\u2069»");
  const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: REFERENCE_HEADLINE }) });
  await expect(result.locator("h2 mark")).toHaveText(["إعادة انتخاب"]);
  await expect(result.locator("p mark").first()).toBeVisible();
  await result.getByRole("link", { name: REFERENCE_HEADLINE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE_HEADLINE);

  await page.goto("/search");
  await expect(page.getByText("لا يهم الهمز ولا التشكيل")).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent("؟!")}`);
  await expect(page.getByRole("alert").filter({ hasText: "لا كلمات في هذا البحث" })).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent("أناليتكا")}`);
  await expect(page.getByText("فعرضنا نتائج «\u2068اناليتيكا\u2069»")).toBeVisible();
  await expect(page.getByRole("link", { name: REFERENCE_HEADLINE })).toBeVisible();
  await context.close();
});

test("readers find a story only once it is published; the desk finds it from its first save", async ({ browser }) => {
  const reporter = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("reporter") });
  const editor = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: storageStateFor("editor") });
  const reader = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  const word = `مرصد${Date.now().toString(36).replace(/\d/g, "")}`;
  const headline = `افتتاح ${word} الفلكي الجديد`;
  const id = await createDraft(reporter.request, headline);
  const readerPage = await reader.newPage();
  const search = `/search?q=${encodeURIComponent(word)}`;
  await readerPage.goto(search);
  await expect(readerPage.getByText(`لم نجد أخبارًا منشورة تطابق «\u2068${word}\u2069»`)).toBeVisible();

  const deskPage = await editor.newPage();
  await deskPage.goto(`/dashboard/articles?q=${encodeURIComponent(word)}`);
  await expect(deskPage.getByRole("link", { name: headline })).toBeVisible();

  expect((await transition(reporter.request, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(editor.request, id, "approved", 2)).status()).toBe(200);
  expect((await transition(editor.request, id, "published", 3)).status()).toBe(200);
  await readerPage.goto(search);
  await expect(readerPage.getByRole("link", { name: headline })).toBeVisible();
  await Promise.all([reporter.close(), editor.close(), reader.close()]);
});
