import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { BodyEditor } from "./support/body-editor";

test.describe("story history", () => {
  test.use({ storageState: storageStateFor("reporter"), locale: "ar-EG" });

  test("import the fixture, fix one word, find it after a reload, see exactly that word in the diff, restore", async ({ page }) => {
    await page.goto("/dashboard/articles/import");
    await page.getByLabel("أو ملف نصي").setInputFiles("db/seed/article-ar-wire.txt");
    await page.getByRole("button", { name: "استيراد كمسودة" }).click();
    // The demo desk already has the reference story: import it again anyway.
    await expect(page.getByTestId("import-duplicate")).toBeVisible();
    await page.getByLabel("أو ملف نصي").setInputFiles("db/seed/article-ar-wire.txt");
    await page.getByTestId("import-duplicate").getByLabel("استورد رغم ذلك").check();
    await page.getByRole("button", { name: "استيراد كمسودة" }).click();
    await expect(page).toHaveURL(/\/dashboard\/articles\/[0-9a-f-]{36}$/);

    const body = new BodyEditor(page);
    await expect(page.locator("#body-count")).toContainText(/\d{3} كلمة · [45] دقائق قراءة/);
    await expect(page.locator("#headline-count")).toHaveText("79 من 80 حرفًا");
    await expect(body.root()).toContainText("أربعة موظفين سابقين");
    await body.replace("أربعة موظفين", "خمسة موظفين");
    await expect(body.status()).toHaveText(/جارٍ الحفظ…|محفوظ/);
    await body.expectSaved();
    await expect(body.status()).toHaveText("محفوظ");
    await page.reload();
    await expect(body.root()).toContainText("خمسة موظفين سابقين");
    await expect(body.root()).not.toContainText("أربعة موظفين سابقين");

    await page.getByRole("link", { name: "معاينة" }).click();
    await expect(page.getByTestId("preview-banner")).toContainText("غير منشورة");
    await expect(page.locator("article .story-body > p")).toHaveCount(24);
    await expect(page.locator("article")).toContainText("خمسة موظفين سابقين");
    await page.getByRole("link", { name: "العودة إلى القصة" }).click();

    await page.getByRole("link", { name: "السجل والتغييرات" }).click();
    const diff = page.locator("[data-diff]");
    await expect(diff.locator("del")).toHaveCount(1);
    await expect(diff.locator("ins")).toHaveCount(1);
    await expect(diff.locator("del")).toHaveText("−أربعة");
    await expect(diff.locator("ins")).toHaveText("+خمسة");

    await page.getByRole("button", { name: "استعادة هذه النسخة" }).click();
    await expect(page.getByRole("status")).toHaveText("✓ استُعيدت كنسخة جديدة.");
    await page.getByRole("link", { name: "العودة إلى القصة" }).click();
    await expect(body.root()).toContainText("أربعة موظفين سابقين");
    await page.getByRole("link", { name: "السجل والتغييرات" }).click();
    await expect(page.locator("tbody tr")).toHaveCount(3);

    // Any two versions: the imported text against the restored one is the same text.
    await page.getByLabel("من", { exact: true }).selectOption({ index: 2 });
    await page.getByLabel("إلى", { exact: true }).selectOption({ index: 0 });
    await page.getByRole("button", { name: "قارن", exact: true }).click();
    await expect(page.getByText("لا تغيير في هذا الحقل.")).toHaveCount(3);
    await page.getByLabel("إلى", { exact: true }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "قارن", exact: true }).click();
    await expect(page.locator("[data-diff] del")).toHaveText("−أربعة");

    // A workflow step adds a version with the same words: the history still opens on the last
    // change of words, and the "from" picker shows the version it compares.
    await page.getByRole("link", { name: "العودة إلى القصة" }).click();
    await page.locator('[data-transition="submit"]').getByRole("button").click();
    await expect(page.locator("header [data-status]").first()).toHaveAttribute("data-status", "in_review");
    await page.getByRole("link", { name: "السجل والتغييرات" }).click();
    await expect(page.locator("tbody tr")).toHaveCount(4);
    await expect(page.locator("[data-diff] del")).toHaveText("−خمسة");
    await expect(page.locator("[data-diff] ins")).toHaveText("+أربعة");
    const from = page.getByLabel("من", { exact: true });
    await expect(from).toHaveValue((await from.locator("option").nth(2).getAttribute("value"))!);
  });
});
