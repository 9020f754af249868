import sharp from "sharp";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { apiAs, createDraft, storyState, transition } from "./support/api";
import { createTestUser } from "./support/database";
import { foreignText } from "./support/foreign-text";
import { signedInAs } from "./support/login-page";
import { StoryPage } from "./support/story-page";

/**
 * Every desk and admin page, and the errors their forms give, read entirely
 * in the person's language: no English in the Arabic desk, no Arabic in the
 * English one, except what people wrote (e2e/support/foreign-text.ts). The
 * people here have names in the other script, so a name the page forgot to
 * mark as theirs is caught.
 */

// Playwright's loader reads JSON modules only with an import attribute, which the type checker's settings refuse.
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const ar = json("i18n/messages/ar.json") as typeof import("@/i18n/messages/ar.json");
const en = json("i18n/messages/en.json") as typeof import("@/i18n/messages/en.json");
const refusalsAr = json("i18n/refusals/fields.ar.json") as typeof import("@/i18n/refusals/fields.ar.json");

/** The page at `path` (or as it is now), fully drawn, holds no words of the other language. */
async function expectOneLanguage(page: Page, path?: string) {
  if (path) await page.goto(path);
  await page.waitForLoadState("load");
  const where = new URL(page.url()).pathname;
  expect(await foreignText(page), where).toEqual([]);
}

/** A picture in the library, described in the other language's words, for its page to show as someone's own. */
async function uploadPicture(request: APIRequestContext, words: { caption: string; credit: string; alt: string }): Promise<string> {
  const file = await sharp({ create: { width: 640, height: 360, channels: 3, background: "#446688" } })
    .png()
    .toBuffer();
  const response = await request.post("/api/v1/media", { multipart: { file: { name: "summit.png", mimeType: "image/png", buffer: file }, ...words } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

/** A form's error shows, and the page around it is in one language still. */
async function expectErrorInOneLanguage(page: Page, message: string | RegExp) {
  await expect(page.getByText(message).first()).toBeVisible();
  await expectOneLanguage(page);
}

test.describe("the Arabic desk, in Arabic only", () => {
  test("a reporter's and an editor's pages and form errors", async ({ browser }) => {
    test.setTimeout(120_000);
    const reporterUser = await createTestUser("reporter", { locale: "ar", name: "Sam Carter" });
    const editorUser = await createTestUser("editor", { locale: "ar", name: "Dana Whitfield" });
    const api = await apiAs(browser, reporterUser.email, reporterUser.password);
    const id = await createDraft(api.request, `قمة G20 في الرياض ${Date.now()}`);
    await api.request.post(`/api/v1/articles/${id}/notes`, { data: { body: "Check the AP copy أولًا" } });
    const picture = await uploadPicture(api.request, { caption: "Leaders at the G20 summit", credit: "AP", alt: "Leaders pose for a photo" });
    const reporter = await signedInAs(browser, reporterUser);

    for (const path of [
      "/dashboard",
      "/dashboard/articles",
      "/dashboard/articles/new",
      "/dashboard/articles/import",
      "/dashboard/profile",
      "/dashboard/calendar",
      "/dashboard/calendar?view=month",
      "/dashboard/media",
      `/dashboard/media/${picture}`,
    ]) {
      await expectOneLanguage(reporter, path);
    }
    await reporter.getByTestId("notification-bell").click();
    await expectOneLanguage(reporter);
    await expectOneLanguage(reporter, `/dashboard/articles/${id}`);
    await reporter.getByTestId("shortcut-help").locator("summary").click();
    await expectOneLanguage(reporter);
    await expectOneLanguage(reporter, `/dashboard/articles/${id}/preview`);

    // Form errors: an empty headline, copy with no body, a profile with no name, passwords that differ.
    await reporter.goto("/dashboard/articles/new");
    await reporter.getByRole("button", { name: ar.articles.create }).click();
    await expectErrorInOneLanguage(reporter, refusalsAr.headline_required);
    await reporter.goto("/dashboard/articles/import");
    await reporter.getByLabel(ar.import.text).fill("Comments\n\nعاجل");
    await reporter.getByRole("button", { name: ar.import.submit }).click();
    await expectErrorInOneLanguage(reporter, /^تعذّر استيراد هذا النص/);
    await reporter.goto("/dashboard/profile");
    await reporter.getByLabel(ar.profile.name).fill(" ");
    await reporter.getByRole("button", { name: ar.profile.save }).click();
    await expectErrorInOneLanguage(reporter, refusalsAr.name_required);
    await reporter.getByLabel(ar.profile.fields.current).fill("not-my-password");
    await reporter.getByLabel(ar.profile.fields.next, { exact: true }).fill("ورق-الصحف-لا-ينام-2026");
    await reporter.getByLabel(ar.profile.fields.confirm).fill("ورق-الصحف-لا-ينام-2027");
    await reporter.getByRole("button", { name: ar.profile.changePassword }).click();
    await expectErrorInOneLanguage(reporter, refusalsAr.new_passwords_differ);

    // The editor's side of the same story: its queue, the steps with a missing reason, its history.
    const { version } = await storyState(api.request, id);
    expect((await transition(api.request, id, "in_review", version)).status()).toBe(200);
    const editor = await signedInAs(browser, editorUser);
    await expectOneLanguage(editor, "/dashboard");
    await expectOneLanguage(editor, `/dashboard/articles/${id}`);
    const desk = new StoryPage(editor);
    await desk.take("request_changes", { reason: "" });
    await expect(desk.step("request_changes").getByText(refusalsAr.transition_reason_required)).toBeVisible();
    await expectOneLanguage(editor);
    await desk.take("request_changes", { reason: "Cite Reuters هنا" });
    await desk.expectStatus("changes_requested");
    await expectOneLanguage(editor);
    await expectOneLanguage(editor, `/dashboard/articles/${id}/history`);
    await expectOneLanguage(reporter, `/dashboard/articles/${id}`);
    await api.close();
  });

  test("an admin's pages, the audit log and the admin forms' errors", async ({ browser }) => {
    test.setTimeout(90_000);
    const adminUser = await createTestUser("admin", { locale: "ar", name: "Alex Morgan" });
    const person = await createTestUser("reporter", { name: "Jordan Lee" });
    const admin = await signedInAs(browser, adminUser);
    for (const path of ["/admin", "/admin/users", `/admin/users/${person.id}`, "/admin/sections", "/admin/audit"]) {
      await expectOneLanguage(admin, path);
    }
    // Each action kind the page can filter by, and an entry per kind of object, in words.
    await admin.goto(`/admin/audit?objectType=user`);
    await expect(admin.locator("[data-audit]").first()).toBeVisible();
    await expectOneLanguage(admin);

    await admin.goto("/admin/sections");
    await admin.getByRole("button", { name: ar.sections.create }).click();
    await expectErrorInOneLanguage(admin, refusalsAr.section_name_ar_required);
    await admin.goto("/admin/users");
    await admin.getByLabel(ar.people.fields.name, { exact: true }).fill("Riley");
    await admin.getByLabel(ar.people.fields.email, { exact: true }).fill("riley@");
    await admin.getByRole("button", { name: ar.people.invite }).click();
    await expectErrorInOneLanguage(admin, refusalsAr.email_invalid);
    await admin.goto("/admin/audit?from=2026-11-22&to=2026-11-21");
    await expectErrorInOneLanguage(admin, refusalsAr.range_reversed);
  });
});

test.describe("the English desk, in English only", () => {
  test("an editor's and an admin's pages around Arabic stories", async ({ browser }) => {
    // Every desk and admin page read whole, as two people: 78 s in the full suite on this 2-core machine.
    test.setTimeout(150_000);
    const editorUser = await createTestUser("editor", { locale: "en", name: "هالة منصور" });
    const adminUser = await createTestUser("admin", { locale: "en", name: "عمر الشريف" });
    const api = await apiAs(browser, editorUser.email, editorUser.password);
    const id = await createDraft(api.request);
    await api.request.post(`/api/v1/articles/${id}/notes`, { data: { body: "راجع المصدر" } });
    const picture = await uploadPicture(api.request, { caption: "قادة قمة العشرين في الرياض", credit: "أ ف ب", alt: "القادة في صورة جماعية" });
    const editor = await signedInAs(browser, editorUser);
    for (const path of [
      "/dashboard",
      "/dashboard/articles",
      "/dashboard/articles/new",
      "/dashboard/articles/import",
      "/dashboard/profile",
      "/dashboard/calendar?view=month",
      "/dashboard/media",
      `/dashboard/media/${picture}`,
      `/dashboard/articles/${id}`,
      `/dashboard/articles/${id}/history`,
      `/dashboard/articles/${id}/preview`,
    ]) {
      await expectOneLanguage(editor, path);
    }
    await editor.goto("/dashboard/articles/import");
    await editor.getByLabel(en.import.text).fill("عنوان فقط");
    await editor.getByRole("button", { name: en.import.submit }).click();
    await expectErrorInOneLanguage(editor, /^This text cannot be imported/);

    const admin = await signedInAs(browser, adminUser);
    for (const path of ["/admin", "/admin/users", `/admin/users/${editorUser.id}`, "/admin/sections", "/admin/audit"]) {
      await expectOneLanguage(admin, path);
    }
    await api.close();
  });
});
