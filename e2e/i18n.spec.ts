import { expect, test, type Page } from "@playwright/test";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { E2E_BASE_URL } from "./support/settings";
import { createTestUser, savedLocale } from "./support/database";
import { LoginPage } from "./support/login-page";

async function expectDocument(page: Page, lang: "ar" | "en") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
}

/** In RTL the brand sits at the right edge of the header, in LTR at the left. */
async function brandSide(page: Page) {
  const box = await page
    .getByText(/^(Newsroom|غرفة الأخبار)$/)
    .first()
    .boundingBox();
  const width = page.viewportSize()!.width;
  return box!.x + box!.width / 2 > width / 2 ? "right" : "left";
}

test.describe("Arabic browser", () => {
  test.use({ locale: "ar-EG" });

  test("a signed-out visitor gets the Arabic sign-in page, right to left", async ({ page }) => {
    await page.goto("/login");
    await expectDocument(page, "ar");
    await expect(page.getByRole("heading", { name: "تسجيل الدخول إلى غرفة الأخبار" })).toBeVisible();
    expect(await brandSide(page)).toBe("right");
  });

  test("a language cookie wins over the browser's language", async ({ page, context }) => {
    await context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: E2E_BASE_URL }]);
    await page.goto("/login");
    await expectDocument(page, "en");
    expect(await brandSide(page)).toBe("left");
  });

  test("arabic error messages read right to left", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.attempt("nobody@newsroom.test", "wrong");
    await expect(login.formError()).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحة.");
  });
});

test.describe("English browser", () => {
  test.use({ locale: "en-US" });

  test("a signed-out visitor gets the English sign-in page, left to right", async ({ page }) => {
    await page.goto("/login");
    await expectDocument(page, "en");
    await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  });

  test("the user's saved preference wins over cookie and browser", async ({ page, context }) => {
    const user = await createTestUser("reporter", { locale: "ar", name: "مراسلة الاختبار" });
    await context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: E2E_BASE_URL }]);
    const login = new LoginPage(page);
    await login.goto();
    await expectDocument(page, "en");
    await login.signInAndWaitFor(user.email, user.password, "/dashboard");
    await expectDocument(page, "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("مرحبًا، مراسلة الاختبار");
    expect(await brandSide(page)).toBe("right");
  });

  test("switching language mirrors the dashboard and is saved on the account", async ({ page, browser }) => {
    const user = await createTestUser("editor", { name: "Switcher" });
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAndWaitFor(user.email, user.password, "/dashboard");
    await expectDocument(page, "en");
    expect(await brandSide(page)).toBe("left");

    await page.getByRole("button", { name: "العربية" }).click();
    await expectDocument(page, "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("مرحبًا، Switcher");
    expect(await brandSide(page)).toBe("right");
    expect(await savedLocale(user.id)).toBe("ar");

    const fresh = await browser.newContext({ locale: "en-US", baseURL: E2E_BASE_URL });
    const other = await fresh.newPage();
    const otherLogin = new LoginPage(other);
    await otherLogin.goto();
    await otherLogin.signInAndWaitFor(user.email, user.password, "/dashboard");
    await expectDocument(other, "ar");
    await fresh.close();
  });
});
