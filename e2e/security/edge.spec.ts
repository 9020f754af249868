import { expect, test } from "@playwright/test";
import { apiAs } from "../support/api";
import { E2E_BASE_URL } from "../support/settings";
import { signedIn } from "./fixtures";
import { Tally } from "./tally";

const tally = new Tally("edge: addresses, Auth.js, sessions, caching");

const UNREADABLE = [
  "/world/%00",
  "/%00/x",
  "/world/a%0Db",
  "/world/%1B[31m",
  "/world/%7F",
  "/world/%C2%9B",
  "/world/%E0%A4%A",
  "/dashboard/articles/%00",
  "/admin/users/%00",
  "/api/v1/articles/%00",
  "/api/v1/articles?q=%00",
  "/api/v1/articles?section=wor%00ld",
  "/api/v1/articles/import?section=wor%00ld",
  "/api/v1/audit?action=%01",
  "/login?callbackUrl=%00",
  "/?q=%00",
  "/world/x?utm=%0A",
];

test("addresses holding NUL or other control characters answer 400, signed in or out, on every kind of page", async ({ browser, request }) => {
  const editor = await signedIn(browser, "editor");
  for (const client of [request, editor.request]) {
    for (const path of UNREADABLE) {
      for (const method of ["GET", "POST"] as const) {
        const response = await tally.check(await client.fetch(path, { method, maxRedirects: 0 }), `${method} ${path}`);
        expect(response.status(), `${method} ${path}`).toBe(400);
        if (path.startsWith("/api/")) expect((await response.json()).error.code).toBe("malformed");
        else expect(await response.text()).toMatch(/عنوان غير صالح|This address cannot be read/);
      }
    }
  }
  await editor.close();
});

test("Auth.js's own routes answer hostile callback addresses and cookies without an error", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  const request = context.request;
  for (const callback of ["javascript:alert(1)", "%ZZ", "//evil.example", "https://evil.example/", "data:text/html,<script>alert(1)</script>"]) {
    for (const path of ["/api/auth/signin", "/api/auth/signout", "/api/auth/session", "/api/auth/providers", "/api/auth/csrf"]) {
      const response = await tally.check(
        await request.get(`${path}?callbackUrl=${encodeURIComponent(callback)}`, { maxRedirects: 0 }),
        `${path} callbackUrl=${callback}`,
      );
      expect(response.headers().location ?? "").not.toMatch(/evil|javascript|data:/);
      const withCookie = await request.get(path, { headers: { Cookie: `authjs.callback-url=${encodeURIComponent(callback)}` }, maxRedirects: 0 });
      await tally.check(withCookie, `${path} with callback cookie ${callback}`);
      expect(withCookie.headers().location ?? "").not.toMatch(/evil|javascript|data:/);
    }
  }
  await context.close();
});

test("Auth.js's error page, asked for a server error, sends the visitor to the sign-in page instead of answering 500", async ({ browser }) => {
  const nobody = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  for (const error of ["Configuration", "AccessDenied", "Verification", "Default", "<script>alert(1)</script>", "x&callbackUrl=//evil.example"]) {
    const response = await tally.check(await nobody.request.get(`/api/auth/error?error=${encodeURIComponent(error)}`, { maxRedirects: 0 }), `error=${error}`);
    expect(response.status(), `error=${error}`).toBe(302);
    expect(new URL(response.headers().location!, E2E_BASE_URL).pathname).toBe("/login");
    expect(response.headers().location, `error=${error}`).toMatch(/^(\/|http:\/\/(127\.0\.0\.1|localhost):\d+\/)login\?error=/);
  }
  await nobody.close();
});

test("Auth.js's own sign-out ends the session on the server: the old cookie opens nothing and the session endpoint agrees", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const admin = await signedIn(browser, "admin");
  const invited = await admin.request.post("/api/v1/users", { data: { name: `Leaving ${stamp}`, email: `leaving-${stamp}-1@example.test`, role: "reporter" } });
  expect(invited.status()).toBe(201);
  const { invitationUrl } = (await invited.json()) as { invitationUrl: string };
  // Set a password through the invitation page (which signs them in), then sign in with it elsewhere.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto(new URL(invitationUrl).pathname);
  const password = `pw-${stamp}-Quiet-Harbour-42`;
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("The same password again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL("/dashboard");
  await context.close();

  const session = await apiAs(browser, `leaving-${stamp}-1@example.test`, password);
  expect((await session.request.get("/api/v1/articles")).status()).toBe(200);
  const cookies = (await session.request.storageState()).cookies;
  const csrf = ((await (await session.request.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const out = await session.request.post("/api/auth/signout", { form: { csrfToken: csrf }, maxRedirects: 0 });
  expect(out.status()).toBe(302);

  // A copy of the cookie taken before signing out.
  const replay = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies, origins: [] } });
  expect((await tally.check(await replay.request.get("/api/v1/articles"), "API with a signed-out cookie")).status()).toBe(401);
  expect(await (await replay.request.get("/api/auth/session")).json()).toBeNull();
  expect((await replay.request.get("/dashboard", { maxRedirects: 0 })).status()).toBe(307);
  await Promise.all([replay.close(), session.close(), admin.close()]);
});

test("the API's JSON and CSV answers, and its errors, are never stored by a cache", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  for (const path of [
    "/api/v1/articles",
    "/api/v1/users",
    "/api/v1/sections",
    "/api/v1/audit",
    "/api/v1/audit/export",
    "/api/v1/articles/not-an-id",
    "/api/v1/audit?from=nonsense",
  ]) {
    const response = await admin.request.get(path);
    expect(response.headers()["cache-control"], path).toBe("private, no-store");
  }
  const signedOut = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  expect((await signedOut.request.get("/api/v1/articles")).headers()["cache-control"]).toBe("private, no-store");
  await Promise.all([admin.close(), signedOut.close()]);
});
