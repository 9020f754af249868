import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

/**
 * The desk on a phone (390 px): the header is one line, the story list's
 * filters fold away, and no page is wider than the screen (a wide table or
 * the week's grid scrolls inside its own box).
 */
test.use({ viewport: { width: 390, height: 844 }, locale: "ar-EG" });

async function fitsThePhone(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("load");
  const header = await page.locator("header").first().boundingBox();
  expect(header!.height, `${path}: header height`).toBeLessThan(70);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: page width`).toBeLessThanOrEqual(390);
}

test.describe("an editor's desk at 390 px", () => {
  test.use({ storageState: storageStateFor("editor") });

  test("every page fits, with a one-line header whose menu opens on demand", async ({ page }) => {
    for (const path of [
      "/dashboard",
      "/dashboard/articles",
      "/dashboard/articles/new",
      "/dashboard/articles/import",
      "/dashboard/calendar",
      "/dashboard/profile",
    ]) {
      await fitsThePhone(page, path);
    }
    await page.goto("/dashboard/articles");
    const story = (await page.locator("tbody a").first().getAttribute("href"))!;
    await fitsThePhone(page, story);
    await fitsThePhone(page, `${story}/history`);

    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: "القصص" })).toBeHidden();
    await page.getByRole("button", { name: "القائمة" }).click();
    await page.getByRole("link", { name: "القصص" }).click();
    await expect(page).toHaveURL("/dashboard/articles");
  });

  test("the story list's filters fold away behind one button", async ({ page }) => {
    await page.goto("/dashboard/articles");
    const filters = page.getByRole("form", { name: "تصفية القصص" });
    await expect(filters).toBeHidden();
    await page.getByRole("button", { name: "التصفية" }).click();
    await expect(filters).toBeVisible();
  });
});

test.describe("an admin's pages at 390 px", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("fit the screen", async ({ page }) => {
    for (const path of ["/admin", "/admin/users", "/admin/sections", "/admin/audit"]) await fitsThePhone(page, path);
  });
});
