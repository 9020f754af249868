import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { LoginPage } from "./login-page";
import { E2E_BASE_URL } from "./settings";

/** A signed-in API client for a user without a stored session (fresh test users). */
export async function apiAs(browser: Browser, email: string, password: string): Promise<{ request: APIRequestContext; close: () => Promise<void> }> {
  // Playwright applies the test's options to new contexts too; this one must start signed out.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAndWaitFor(email, password, "/dashboard");
  await page.close();
  return { request: context.request, close: () => context.close() };
}

const REFERENCE_BODY = "الفقرة الأولى من الخبر.\n\nالفقرة الثانية.";

/** Creates a draft through the API and returns its id. */
export async function createDraft(request: APIRequestContext, headline = `خبر للاختبار ${Date.now()}-${Math.random()}`): Promise<string> {
  const response = await request.post("/api/v1/articles", { data: { headline, bodyText: REFERENCE_BODY, section: "world", language: "ar" } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function transition(request: APIRequestContext, id: string, to: string, version: number, extra: Record<string, unknown> = {}) {
  return request.post(`/api/v1/articles/${id}/transitions`, { data: { to, version, ...extra } });
}

export async function storyState(request: APIRequestContext, id: string): Promise<{ status: string; version: number; headline: string }> {
  const response = await request.get(`/api/v1/articles/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { status: string; version: number; headline: string };
}
