import { expect, type Browser, type Page } from "@playwright/test";
import { E2E_BASE_URL } from "./settings";

/** The sign-in screen, in either language. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  email = () => this.page.getByLabel(/^(Email|البريد الإلكتروني)$/);
  password = () => this.page.getByLabel(/^(Password|كلمة المرور)$/);
  submit = () => this.page.getByRole("button", { name: /^(Sign in|تسجيل الدخول)$/ });
  formError = () => this.page.locator("form [role=alert]");

  async goto(query = "") {
    await this.page.goto(`/login${query}`);
  }

  /** Submits the form and waits for the server's answer. */
  async signIn(email: string, password: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    const answered = this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
    await this.submit().click();
    await answered;
  }

  /** A sign-in that is expected to be refused: waits until the form is ready again. */
  async attempt(email: string, password: string) {
    await this.signIn(email, password);
    await expect(this.submit()).toBeEnabled();
  }

  async signInAndWaitFor(email: string, password: string, pathname: string) {
    await this.signIn(email, password);
    await expect(this.page).toHaveURL((url) => url.pathname === pathname);
  }
}

/** A fresh browser context signed in as `user` (a test user of its own), on the desk's first page. */
export async function signedInAs(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAndWaitFor(user.email, user.password, "/dashboard");
  return page;
}
