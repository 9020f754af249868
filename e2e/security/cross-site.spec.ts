import { expect, test } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT } from "../support/settings";
import { makeTargets, signedIn, stateOf } from "./fixtures";
import { STATE_CHANGES, type StateChange, type Target } from "./state-changing-routes";
import { Tally } from "./tally";

const tally = new Tally("cross-site writes");

/** Headers a page on another site (or another port, or a sibling subdomain) makes the browser send. */
const FOREIGN: [string, Record<string, string>][] = [
  ["another site", { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }],
  ["a null origin", { Origin: "null" }],
  ["another port on the same host", { Origin: `http://127.0.0.1:${E2E_PORT + 1}`, "Sec-Fetch-Site": "same-site" }],
  ["a cross-site fetch that hides its Origin", { "Sec-Fetch-Site": "cross-site" }],
  ["a same-site page that hides its Origin", { "Sec-Fetch-Site": "same-site" }],
];

function send(request: import("@playwright/test").APIRequestContext, change: StateChange, target: Target, headers: Record<string, string>) {
  const body =
    change.text !== undefined ? { data: change.text, headers: { ...headers, "Content-Type": "text/plain" } } : { data: change.body?.(target), headers };
  return request.fetch(change.path(target), { method: change.method, ...body, maxRedirects: 0 });
}

test("every state-changing route refuses a foreign or null Origin with 403, even for a signed-in admin, and changes nothing", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await signedIn(browser, "admin");
  const target = await makeTargets(admin.request, Date.now().toString(36));
  const before = await stateOf(admin.request, target);

  for (const change of STATE_CHANGES) {
    for (const [name, headers] of FOREIGN) {
      const response = await tally.check(await send(admin.request, change, target, headers), `${change.method} ${change.route} from ${name}`);
      expect(response.status(), `${change.method} ${change.route} from ${name}`).toBe(403);
      if (change.path(target).startsWith("/api/v1/")) expect((await response.json()).error).toMatchObject({ code: "forbidden", reason: "cross_site" });
    }
  }

  // The admin's session survived the forged sign-outs, and nothing moved.
  expect(await stateOf(admin.request, target)).toEqual(before);
  await admin.close();
});

test("the same calls from our own pages (same Origin) or from a script (no Origin) are let through", async ({ browser }) => {
  const admin = await signedIn(browser, "admin");
  const target = await makeTargets(admin.request, `ok-${Date.now().toString(36)}`);
  const note = STATE_CHANGES.find((c) => c.route === "/api/v1/articles/[id]/notes")!;
  const ours: Record<string, string>[] = [{ Origin: E2E_BASE_URL, "Sec-Fetch-Site": "same-origin" }, {}];
  for (const headers of ours) {
    expect((await send(admin.request, note, target, headers)).status()).toBe(201);
  }
  expect(((await (await admin.request.get(`/api/v1/articles/${target.story}/notes`)).json()) as unknown[]).length).toBe(2);
  await admin.close();
});

test("a Server Action posted from another site, past the body limit, or of unstated length gets a clean 4xx", async ({ browser }) => {
  const reporter = await signedIn(browser, "reporter");
  // Any page's action id serves: the refusal comes before the action is looked up.
  const action = { "Next-Action": "7f".padEnd(42, "0"), "Content-Type": "text/plain;charset=UTF-8" };
  const forged = await reporter.request.post("/dashboard/articles/new", { headers: { ...action, Origin: "https://evil.example" }, data: "[]" });
  expect((await tally.check(forged, "cross-site Server Action")).status()).toBe(403);
  const huge = await reporter.request.post("/dashboard/articles/new", { headers: { ...action, Origin: E2E_BASE_URL }, data: "x".repeat(5 * 1024 * 1024) });
  expect((await tally.check(huge, "5 MB Server Action body")).status()).toBe(413);
  await reporter.close();
});
