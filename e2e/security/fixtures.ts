import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { storageStateFor } from "../support/accounts";
import { E2E_BASE_URL } from "../support/settings";
import type { Target } from "./state-changing-routes";

export async function signedIn(browser: Browser, role: "reporter" | "editor" | "admin") {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "en-US", storageState: storageStateFor(role) });
  return { request: context.request, close: () => context.close() };
}

/** A story, its revision, a section and a person of this test's own, made by the admin. */
export async function makeTargets(admin: APIRequestContext, stamp: string): Promise<Target> {
  const created = await admin.post("/api/v1/articles", { data: { headline: `هدف ${stamp}`, bodyText: "نص الهدف.", section: "world", language: "ar" } });
  expect(created.status()).toBe(201);
  const story = ((await created.json()) as { id: string }).id;
  const revisions = (await (await admin.get(`/api/v1/articles/${story}/revisions`)).json()) as { id: string }[];
  const section = await admin.post("/api/v1/sections", { data: { slug: `target-${stamp}`, nameAr: `قسم ${stamp}`, nameEn: `Section ${stamp}` } });
  expect(section.status()).toBe(201);
  const person = await admin.post("/api/v1/users", { data: { name: `Target ${stamp}`, email: `target-${stamp}@example.test`, role: "reporter" } });
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
