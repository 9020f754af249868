import { expect, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { storageStateFor } from "../support/accounts";
import { E2E_BASE_URL } from "../support/settings";
import type { Target } from "./state-changing-routes";

export type Client = { request: APIRequestContext; close: () => Promise<void> };

export async function signedIn(browser: Browser, role: "reporter" | "editor" | "admin"): Promise<Client> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: storageStateFor(role) });
  return { request: context.request, close: () => context.close() };
}

/** A client with no session at all. */
export async function signedOut(browser: Browser): Promise<Client> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: { cookies: [], origins: [] } });
  return { request: context.request, close: () => context.close() };
}

/** A client signed in through Auth.js's own endpoint, as docs/api.md's curl does: no page, so it is quick. */
export async function signInWith(browser: Browser, email: string, password: string): Promise<Client> {
  const client = await signedOut(browser);
  const { csrfToken } = (await (await client.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await client.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password }, maxRedirects: 0 });
  const session = (await (await client.request.get("/api/auth/session")).json()) as { user?: { email?: string } } | null;
  expect(session?.user?.email, `signed in as ${email}`).toBe(email);
  return client;
}

/** Runs `fn` over `items`, `width` at a time: the server has two cores, and another worker shares them. */
export async function inBatches<T, R>(items: readonly T[], width: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map((item, i) => fn(item, start + i)))));
  }
  return results;
}

/** An API error as docs/api.md promises it: `{error: {code, reason, message, params?, fields?, fieldReasons?}}` and nothing else. */
export async function expectApiError(
  response: APIResponse,
  status: number,
  code?: string,
): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const text = await response.text();
  expect(response.status(), text.slice(0, 300)).toBe(status);
  const body = JSON.parse(text) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(Object.keys(body.error).filter((k) => !["code", "reason", "message", "params", "fields", "fieldReasons"].includes(k))).toEqual([]);
  expect(typeof body.error.code).toBe("string");
  expect(typeof body.error.message).toBe("string");
  if (code) expect(body.error.code, text.slice(0, 300)).toBe(code);
  if (body.error.fields !== undefined) {
    expect(Object.values(body.error.fields).every((m) => typeof m === "string" && m.length > 0)).toBe(true);
  }
  return body.error;
}

/** A story, its revision, a section and a person of this test's own, made by the admin. */
export async function makeTargets(admin: APIRequestContext, stamp: string): Promise<Target> {
  const created = await admin.post("/api/v1/articles", { data: { headline: `هدف ${stamp}`, bodyText: "نص الهدف.", section: "world", language: "ar" } });
  expect(created.status()).toBe(201);
  const story = ((await created.json()) as { id: string }).id;
  const revisions = (await (await admin.get(`/api/v1/articles/${story}/revisions`)).json()) as { id: string }[];
  const section = await admin.post("/api/v1/sections", { data: { slug: `target-${stamp}`, nameAr: `قسم ${stamp}`, nameEn: `Section ${stamp}` } });
  expect(section.status()).toBe(201);
  const person = await admin.post("/api/v1/users", { data: { name: `Target ${stamp}`, email: `target-${stamp}-1@example.test`, role: "reporter" } });
  expect(person.status()).toBe(201);
  return {
    story,
    revision: revisions[0]!.id,
    section: ((await section.json()) as { id: string }).id,
    person: ((await person.json()) as { id: string }).id,
  };
}

/** What a refused request must leave as it was. */
export async function stateOf(admin: APIRequestContext, target: Target) {
  const read = async (path: string) => {
    const response = await admin.get(path);
    expect(response.status(), path).toBe(200);
    return response.json();
  };
  const sections = (await read("/api/v1/sections")) as { id: string }[];
  const forged = (await read(`/api/v1/articles?q=${encodeURIComponent("مزور")}&limit=100`)) as { items: unknown[] };
  const forgedPeople = (await read(`/api/v1/users?q=forged&limit=100`)) as { items: unknown[] };
  return {
    story: await read(`/api/v1/articles/${target.story}`),
    notes: await read(`/api/v1/articles/${target.story}/notes`),
    revisions: ((await read(`/api/v1/articles/${target.story}/revisions`)) as unknown[]).length,
    section: sections.find((s) => s.id === target.section),
    person: await read(`/api/v1/users/${target.person}`),
    forgedStories: forged.items.length,
    forgedPeople: forgedPeople.items.length,
  };
}
