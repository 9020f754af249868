import { expect, test, type Page } from "@playwright/test";
import { createTestUser } from "../support/database";
import { LoginPage } from "../support/login-page";
import { E2E_BASE_URL, E2E_PORT } from "../support/settings";
import { outcomeOf, replayAction } from "./actions";
import { inBatches, signedIn, signedOut, type Client } from "./fixtures";
import { storyIn, unpublish } from "./stories";
import { Tally } from "./tally";

const tally = new Tally("open redirects");

/** Where a crafted link would like to send someone after signing in (or out). */
const HOSTILE = [
  "//evil.example",
  "///evil.example",
  "////evil.example/x",
  "https://evil.example",
  "http://evil.example/dashboard",
  "https:evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/.//evil.example",
  "/..//evil.example",
  "/%2e%2e//evil.example",
  "/./\\evil.example",
  "/\t/evil.example",
  " //evil.example",
  "javascript:alert(document.domain)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  `http://127.0.0.1:${E2E_PORT}@evil.example`,
  `//127.0.0.1:${E2E_PORT}@evil.example`,
  "/login?callbackUrl=//evil.example",
  "/dashboard/../..//evil.example",
];

/** The ones each sign-in is spent on (a password check costs a deliberate tenth of a second or so). */
const FOR_SIGN_IN = [
  "//evil.example",
  "https://evil.example",
  "/\\evil.example",
  "/.//evil.example",
  "/%2e%2e//evil.example",
  `//127.0.0.1:${E2E_PORT}@evil.example`,
  " //evil.example",
  "javascript:alert(document.domain)",
];

/**
 * A redirect that stays on this site: our server (Auth.js names it
 * `localhost`, Next.js's own name for it), and a path that is not another
 * host in disguise.
 */
function expectOnSite(location: string | null | undefined, what: string) {
  if (!location) return;
  const url = new URL(location, E2E_BASE_URL);
  expect(`${url.protocol}//${url.hostname}:${url.port}`, `${what} → ${location}`).toMatch(new RegExp(`^http://(127\\.0\\.0\\.1|localhost):${E2E_PORT}$`));
  expect(/^[/\\]{2}/.test(url.pathname), `${what} → ${location}`).toBe(false);
}

/** The sign-in form's own callbackUrl field: what it will send on. */
function formCallback(html: string): string {
  const match = /name="callbackUrl" value="([^"]*)"/.exec(html);
  expect(match, "the sign-in form carries a callbackUrl").not.toBeNull();
  return match![1]!.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
}

test("a hostile callbackUrl on the sign-in page never leads off the site, signed out or signed in", async ({ browser }) => {
  test.setTimeout(60_000);
  const nobody = await signedOut(browser);
  const admin = await signedIn(browser, "admin");
  await inBatches(HOSTILE, 4, async (callback) => {
    const address = `/login?callbackUrl=${encodeURIComponent(callback)}`;
    const page = await tally.check(await nobody.request.get(address, { maxRedirects: 0 }), `signed out ${address}`);
    // A control character (the tab) makes the address unreadable: refused at the edge, before any redirect.
    if (/[\u0000-\u001f]/.test(callback)) return expect(page.status()).toBe(400);
    expect(page.status()).toBe(200);
    const carried = formCallback(await page.text());
    expect(carried.startsWith("/"), `${callback} → form carries ${carried}`).toBe(true);
    expectOnSite(carried, `form for ${callback}`);
    const bounced = await tally.check(await admin.request.get(address, { maxRedirects: 0 }), `signed in ${address}`);
    expect([303, 307, 308], `signed in ${address}`).toContain(bounced.status());
    expectOnSite(bounced.headers().location, `signed in ${address}`);
  });
  await Promise.all([nobody.close(), admin.close()]);
});

test("the sign-in action, sent a hostile callbackUrl without the page, redirects on the site", async ({ browser }) => {
  const user = await createTestUser("reporter");
  const client = await signedOut(browser);
  await inBatches(FOR_SIGN_IN, 3, async (callback) => {
    const response = await tally.check(
      await replayAction(client.request, "signInAction", "/login", { email: user.email, password: user.password, callbackUrl: callback }),
      `signInAction ${callback}`,
    );
    const { redirect } = await outcomeOf(response);
    expect(redirect, `signInAction ${callback} signs in and redirects`).not.toBeNull();
    expectOnSite(redirect, `signInAction ${callback}`);
  });
  await client.close();
});

test("Auth.js's own endpoints never redirect off the site, from a parameter, a form field or a cookie", async ({ browser }) => {
  test.setTimeout(60_000);
  const user = await createTestUser("reporter");
  const client: Client = await signedOut(browser);
  const { csrfToken } = (await (await client.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await inBatches(HOSTILE, 3, async (callback) => {
    const q = `callbackUrl=${encodeURIComponent(callback)}`;
    const cookie = { Cookie: `authjs.callback-url=${encodeURIComponent(callback)}` };
    const form = (extra: Record<string, string> = {}) => ({ form: { csrfToken, callbackUrl: callback, ...extra }, maxRedirects: 0 });
    const calls: [string, () => Promise<import("@playwright/test").APIResponse>][] = [
      [`GET signin?${q}`, () => client.request.get(`/api/auth/signin?${q}`, { maxRedirects: 0 })],
      [`GET signin, cookie ${callback}`, () => client.request.get("/api/auth/signin", { headers: cookie, maxRedirects: 0 })],
      [`GET signout?${q}`, () => client.request.get(`/api/auth/signout?${q}`, { maxRedirects: 0 })],
      [`GET error?${q}`, () => client.request.get(`/api/auth/error?error=Configuration&${q}`, { maxRedirects: 0 })],
      [`POST signout, field ${callback}`, () => client.request.post("/api/auth/signout", form())],
    ];
    if (FOR_SIGN_IN.includes(callback)) {
      calls.push(
        [
          `POST credentials wrongly, field ${callback}`,
          () => client.request.post("/api/auth/callback/credentials", form({ email: `nobody-${Date.now()}@example.test`, password: "wrong" })),
        ],
        [
          `POST credentials, field ${callback}`,
          () => client.request.post("/api/auth/callback/credentials", form({ email: user.email, password: user.password })),
        ],
      );
    }
    for (const [what, call] of calls) {
      const response = await tally.check(await call(), what);
      expectOnSite(response.headers().location, what);
    }
  });
  await client.close();
});

test("signed-out visits to desk addresses shaped like other hosts are sent to our own sign-in page", async ({ browser }) => {
  const nobody = await signedOut(browser);
  for (const path of [
    "/dashboard//evil.example",
    "/dashboard/%2F%2Fevil.example",
    "/admin/%5Cevil.example",
    "/dashboard?callbackUrl=//evil.example",
    "/dashboard/..%2F..%2F%2Fevil.example",
    "/admin//\\evil.example",
  ]) {
    const response = await tally.check(await nobody.request.get(path, { maxRedirects: 0 }), path);
    expectOnSite(response.headers().location, path);
    if (response.status() >= 300 && response.status() < 400) {
      const login = await tally.check(await nobody.request.get(response.headers().location!, { maxRedirects: 0 }), `${path} → sign-in`);
      if (login.status() === 200) expectOnSite(formCallback(await login.text()), `${path} → sign-in form`);
      else expectOnSite(login.headers().location, `${path} → sign-in`);
    }
  }
  await nobody.close();
});

/** Refuses, and records, any request the page makes to a host other than ours. */
async function guard(page: Page): Promise<string[]> {
  const away: string[] = [];
  await page.route(
    (url) => url.hostname !== "127.0.0.1" && url.hostname !== "localhost",
    (route) => {
      away.push(route.request().url());
      return route.abort();
    },
  );
  return away;
}

test("in a browser, signing in from a hostile link, and every hostile link once signed in, ends on our origin", async ({ browser }) => {
  test.setTimeout(60_000);
  const user = await createTestUser("reporter", { locale: "en" });
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const away = await guard(page);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const login = new LoginPage(page);
  await login.goto(`?callbackUrl=${encodeURIComponent("/.//evil.example")}`);
  await login.signInAndWaitFor(user.email, user.password, "/dashboard");
  // Each of these once in a real browser (the request-level tests above take every one).
  for (const callback of ["//evil.example", "/\\evil.example", "/.//evil.example", "javascript:alert(document.domain)"]) {
    const response = await page.goto(`/login?callbackUrl=${encodeURIComponent(callback)}`);
    await tally.check(response!, `browser ${callback}`);
    expect(new URL(page.url()).origin, callback).toBe(E2E_BASE_URL);
    expect(new URL(page.url()).pathname, callback).not.toMatch(/^[/\\]{2}/);
  }
  expect(away).toEqual([]);
  expect(dialogs).toEqual([]);
  await context.close();
});

test("old story and section addresses answer a permanent redirect to the story's own address, never off the site", async ({ browser }) => {
  test.setTimeout(60_000);
  const [reporter, editor, admin] = await Promise.all([signedIn(browser, "reporter"), signedIn(browser, "editor"), signedIn(browser, "admin")]);
  const stamp = Date.now().toString(36);
  const section = (await (
    await admin.request.post("/api/v1/sections", { data: { slug: `redir-${stamp}`, nameAr: `تحويل ${stamp}`, nameEn: `Redirect ${stamp}` } })
  ).json()) as { id: string; slug: string };
  const story = await storyIn("published", { author: reporter.request, editor: editor.request }, `تحويل ${stamp}`, { section: section.slug });
  const current = async () => (await (await editor.request.get(`/api/v1/articles/${story.id}`)).json()) as { slug: string; version: number };

  const old = [`/${section.slug}/${encodeURIComponent(story.slug)}`];
  for (const slug of ["//evil.example", "https://evil.example", "/\\evil.example", "..//evil", "%2F%2Fevil", "evil.example/x"]) {
    const { version } = await current();
    const changed = await tally.check(await editor.request.patch(`/api/v1/articles/${story.id}`, { data: { version, slug } }), `slug ${slug}`);
    expect([200, 400], `slug ${slug}`).toContain(changed.status());
    const now = await current();
    expect(now.slug, `slug ${slug} is an address segment`).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
    if (changed.status() === 200) old.push(`/${section.slug}/${encodeURIComponent(now.slug)}`);
  }
  const newSection = `redir-new-${stamp}`;
  expect((await admin.request.patch(`/api/v1/sections/${section.id}`, { data: { slug: newSection } })).status()).toBe(200);
  const home = `/${newSection}/${encodeURIComponent((await current()).slug)}`;

  const nobody = await signedOut(browser);
  for (const address of old.flatMap((a) => [a, `${a}?next=${encodeURIComponent("//evil.example")}`, `${a}/`])) {
    const response = await tally.check(await nobody.request.get(address, { maxRedirects: 0 }), address);
    expect([301, 308], `${address} → ${response.status()}`).toContain(response.status());
    const location = response.headers().location!;
    expectOnSite(location, address);
    if (!address.endsWith("/")) expect(decodeURIComponent(new URL(location, E2E_BASE_URL).pathname), address).toBe(decodeURIComponent(home));
  }
  expect((await nobody.request.get(home)).status()).toBe(200);

  await unpublish(editor.request, [story.id]);
  await admin.request.patch(`/api/v1/sections/${section.id}`, { data: { hidden: true } });
  await Promise.all([reporter.close(), editor.close(), admin.close(), nobody.close()]);
});
