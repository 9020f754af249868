import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.describe("importing wire copy in the dashboard", () => {
  test.use({ storageState: storageStateFor("reporter"), locale: "ar-EG" });

  test("a reporter uploads the reference .txt and gets a draft with its paragraphs and unresolved related stories", async ({ page }) => {
    await page.goto("/dashboard/articles");
    await page.getByRole("link", { name: "استيراد" }).click();
    await page.getByLabel("أو ملف نصي").setInputFiles("db/seed/article-ar-wire.txt");
    await page.getByLabel("سنة التاريخ").fill("2018");
    await page.getByRole("button", { name: "استيراد كمسودة" }).click();
    // The demo desk already has this story: the import stops, names it and links to it.
    const twin = page.getByTestId("import-duplicate");
    await expect(twin).toContainText("قصة بهذا العنوان والتاريخ موجودة بالفعل");
    await expect(twin.getByRole("link", { name: "افتح القصة الموجودة" })).toHaveAttribute("href", /\/dashboard\/articles\/[0-9a-f-]{36}$/);
    await page.getByLabel("أو ملف نصي").setInputFiles("db/seed/article-ar-wire.txt");
    await twin.getByLabel("استورد رغم ذلك").check();
    await page.getByRole("button", { name: "استيراد كمسودة" }).click();
    await expect(page).toHaveURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب");
    await expect(page.getByTestId("unresolved")).toContainText("فضيحة جديدة تهز «فيسبوك»");
    const body = page.locator("#body-editor");
    await expect(body.locator(":scope > p")).toHaveCount(24);
    await expect(body.locator("[data-related-story]")).toHaveCount(3);
    await expect(body.locator("[data-related-story]").first()).toContainText("اقرأ المزيد: ");
    const blocks = await body.locator(":scope > *").allTextContents();
    expect(blocks.filter((b) => /^(Comments|عاجل|المحتوى الرئيسى|أهم أخبار العالم)$/.test(b.trim()))).toEqual([]);
  });

  test("garbage gets a readable message and the typed text stays", async ({ page }) => {
    await page.goto("/dashboard/articles/import");
    await page.getByLabel("النص").fill("Comments\n\nعاجل");
    await page.getByRole("button", { name: "استيراد كمسودة" }).click();
    await expect(page.getByText("تعذّر استيراد هذا النص")).toBeVisible();
    await expect(page.getByLabel("النص")).toHaveValue("Comments\n\nعاجل");
  });
});
