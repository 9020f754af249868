import { expect, test } from "@playwright/test";
import { demoAccount, storageStateFor } from "./support/accounts";
import { auditActions, createTestUser, lastLoginAttempt, updateTestUser } from "./support/database";
import { LoginPage } from "./support/login-page";
import { E2E_BASE_URL } from "./support/settings";

const GENERIC = "The email or password is incorrect.";

test.describe("signing in", () => {
  test("a signed-out visitor to /dashboard is sent to sign in, then back", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === "/dashboard");
    const reporter = demoAccount("reporter");
    await new LoginPage(page).signInAndWaitFor(reporter.email, reporter.password, "/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(reporter.name);
  });

  test("an admin sent to sign in from /admin lands back on /admin", async ({ page }) => {
    await page.goto("/admin");
    const admin = demoAccount("admin");
    await new LoginPage(page).signInAndWaitFor(admin.email, admin.password, "/admin");
  });

  test("a callback to another site is ignored", async ({ page }) => {
    const editor = demoAccount("editor");
    const login = new LoginPage(page);
    await login.goto("?callbackUrl=https%3A%2F%2Fevil.example%2F");
    await login.signInAndWaitFor(editor.email, editor.password, "/dashboard");
  });

  test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.attempt(demoAccount("editor").email, "not the password");
    await expect(login.formError()).toHaveText(GENERIC);
    await expect(login.email()).toHaveValue(demoAccount("editor").email);

    await login.attempt("nobody-here@newsroom.test", "whatever password");
    await expect(login.formError()).toHaveText(GENERIC);
    await expect(page).toHaveURL(/\/login/);
  });

  test("an empty form and a malformed email get a message per field", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.submit().click();
    await expect(page.locator("#email-error")).toHaveText("Enter an email address.");
    await expect(page.locator("#password-error")).toHaveText("Enter your password.");
    await expect(login.email()).toHaveAttribute("aria-invalid", "true");

    await login.attempt("not-an-email", "x");
    await expect(page.locator("#email-error")).toHaveText("Enter a valid email address.");
    await expect(login.email()).toHaveValue("not-an-email");
  });

  test("a 10,000-character password is just a wrong password", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.attempt(demoAccount("reporter").email, "x".repeat(10_000));
    await expect(login.formError()).toHaveText(GENERIC);
  });

  test("repeated failures for one email are throttled", async ({ page }) => {
    const user = await createTestUser("reporter");
    const login = new LoginPage(page);
    await login.goto();
    for (let i = 0; i < 5; i++) {
      await login.attempt(user.email, `wrong-${i}`);
      await expect(login.formError()).toHaveText(GENERIC);
    }
    await login.attempt(user.email, user.password);
    await expect(login.formError()).toHaveText("Too many failed attempts. Wait 15 minutes and try again.");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("client address", () => {
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.99" } });

  test("a forged X-Forwarded-For does not change the address sign-ins are throttled by", async ({ page }) => {
    const email = `forger-${Date.now()}@newsroom.test`;
    const login = new LoginPage(page);
    await login.goto();
    await login.attempt(email, "guess");
    await expect(login.formError()).toHaveText(GENERIC);
    expect(await lastLoginAttempt(email)).toEqual({ ip: "127.0.0.1", succeeded: false });
  });
});

test.describe("roles and sessions", () => {
  test.describe("as the reporter", () => {
    test.use({ storageState: storageStateFor("reporter") });

    test("the navigation has no administration, and /admin is not allowed (403)", async ({ page }) => {
      await page.goto("/dashboard");
      const nav = page.getByRole("navigation");
      await expect(nav.getByRole("link")).toHaveText(["نظرة عامة", "القصص", "التقويم", "الصور", "الموقع العام"]);
      const response = await page.goto("/admin");
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "غير مسموح" })).toBeVisible();
    });

    test("a signed-in visit to /login never forwards to another site", async ({ page }) => {
      for (const disguised of ["/.//evil.example", "/..//evil.example", "https://evil.example"]) {
        await page.goto(`/login?callbackUrl=${encodeURIComponent(disguised)}`);
        await expect(page).toHaveURL(`${E2E_BASE_URL}/dashboard`);
      }
    });
  });

  test.describe("as the editor", () => {
    test.use({ storageState: storageStateFor("editor") });

    test("/admin is not allowed either", async ({ page }) => {
      const response = await page.goto("/admin");
      expect(response?.status()).toBe(403);
    });
  });

  test.describe("as the admin", () => {
    test.use({ storageState: storageStateFor("admin") });

    test("the navigation includes administration, which opens", async ({ page }) => {
      await page.goto("/dashboard");
      const nav = page.getByRole("navigation", { name: "Newsroom navigation" });
      await expect(nav.getByRole("link")).toHaveText(["Overview", "Stories", "Calendar", "Pictures", "Administration", "Public site"]);
      await nav.getByRole("link", { name: "Administration" }).click();
      await expect(page).toHaveURL(/\/admin$/);
      await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
      await expect(page.getByTestId("role-badge")).toHaveText("Admin");
    });
  });

  test("signing out ends the session", async ({ page }) => {
    const user = await createTestUser("editor", { locale: "en" });
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAndWaitFor(user.email, user.password, "/dashboard");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard/);
    expect(await auditActions(user.id)).toEqual(["auth.sign_in", "auth.sign_out"]);
  });

  test("a deactivated user is signed out at their next request, and told why only after the right password", async ({ page }) => {
    const user = await createTestUser("reporter", { locale: "en" });
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAndWaitFor(user.email, user.password, "/dashboard");
    await updateTestUser(user.id, { active: false });
    await page.goto("/dashboard");
    await expect(page).toHaveURL((url) => url.pathname === "/login");
    await login.attempt(user.email, "not their password");
    await expect(login.formError()).toHaveText(GENERIC);
    await login.attempt(user.email, user.password);
    await expect(login.formError()).toHaveText("This account is deactivated. Ask one of the newsroom's admins to reactivate it.");
    await expect(page).toHaveURL((url) => url.pathname === "/login");
  });

  test("a changed role takes effect at the next request", async ({ page }) => {
    const user = await createTestUser("reporter", { locale: "en" });
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAndWaitFor(user.email, user.password, "/dashboard");
    expect((await page.goto("/admin"))?.status()).toBe(403);
    await updateTestUser(user.id, { role: "admin" });
    expect((await page.goto("/admin"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  });
});
