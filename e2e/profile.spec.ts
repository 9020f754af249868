import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/database";
import { LoginPage } from "./support/login-page";

test.use({ storageState: { cookies: [], origins: [] }, locale: "ar-EG" });

test("anyone changes their own name, language and password", async ({ page }) => {
  const user = await createTestUser("reporter", { locale: "ar" });
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAndWaitFor(user.email, user.password, "/dashboard");
  await page.getByRole("link", { name: `الحساب: ${user.name}` }).click();
  await expect(page).toHaveURL("/dashboard/profile");

  await page.getByLabel("الاسم").fill("ريم الكاتبة");
  await page.getByLabel("لغة شاشات غرفة الأخبار").selectOption("en");
  await page.getByRole("button", { name: "احفظ" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  await expect(page.getByRole("link", { name: "Signed in as ريم الكاتبة" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-long-secret");
  await page.getByLabel("New password again").fill("a-brand-new-long-secret");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#pw-current-error")).toHaveText("This is not your current password.");
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-long-secret");
  await page.getByLabel("New password again").fill("a-brand-new-long-secret");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/login");
  await login.attempt(user.email, user.password);
  await expect(login.formError()).toBeVisible();
  await login.signInAndWaitFor(user.email, "a-brand-new-long-secret", "/dashboard");
});
