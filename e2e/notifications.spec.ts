import { expect, test, type Page } from "@playwright/test";
import { isolate } from "@/lib/arabic/bidi";
import { apiAs, createDraft, storyState, transition } from "./support/api";
import { createTestUser } from "./support/database";
import { signedInAs } from "./support/login-page";
import { E2E_BASE_URL } from "./support/settings";

const bell = (page: Page) => page.getByTestId("notification-bell");

test("an editor sends a story back: the reporter's bell shows it within seconds, without a reload, and links to the story", async ({ browser }) => {
  const reporterUser = await createTestUser("reporter", { locale: "ar", name: "منى الصحفية" });
  const editorUser = await createTestUser("editor", { locale: "ar", name: "وليد المحرر" });
  const reporterApi = await apiAs(browser, reporterUser.email, reporterUser.password);
  const editorApi = await apiAs(browser, editorUser.email, editorUser.password);
  const headline = `قصة تعود للمراسلة ${Date.now()}`;
  const id = await createDraft(reporterApi.request, headline);
  expect((await transition(reporterApi.request, id, "in_review", 1)).status()).toBe(200);

  const reporter = await signedInAs(browser, reporterUser);
  await expect(bell(reporter)).toHaveAttribute("data-unread", "0");
  const { version } = await storyState(editorApi.request, id);
  expect((await transition(editorApi.request, id, "changes_requested", version, { reason: "أضف مصدر الرقم" })).status()).toBe(200);

  // No reload: the open page's bell counts it within five seconds.
  await expect(bell(reporter)).toHaveAttribute("data-unread", "1", { timeout: 5_000 });
  await bell(reporter).click();
  const item = reporter.getByTestId("notification-panel").locator("[data-notification=story_sent_back]").first();
  await expect(item).toContainText(`طُلبت تعديلات على القصة ${isolate(`«${headline}»`)}`);
  await expect(item).toContainText("وليد المحرر");
  await item.getByRole("link").click();
  await expect(reporter).toHaveURL(`/dashboard/articles/${id}`);
  await expect(bell(reporter)).toHaveAttribute("data-unread", "0");

  // The API shows the same, newest first, read.
  const listed = (await (await reporterApi.request.get("/api/v1/notifications")).json()) as { items: { kind: string; read: boolean }[]; unread: number };
  expect(listed.unread).toBe(0);
  expect(listed.items[0]).toMatchObject({ kind: "story_sent_back", read: true });
  await reporterApi.close();
  await editorApi.close();
});

test("a mention picked from the list notifies the person; an unknown one is refused and the note is kept", async ({ browser }) => {
  const reporterUser = await createTestUser("reporter", { locale: "ar", name: "ريم المراسلة" });
  const editorUser = await createTestUser("editor", { locale: "ar", name: "سامر المحرر" });
  const reporterApi = await apiAs(browser, reporterUser.email, reporterUser.password);
  const id = await createDraft(reporterApi.request);
  const reporter = await signedInAs(browser, reporterUser);
  const editor = await signedInAs(browser, editorUser);

  await editor.goto(`/dashboard/articles/${id}`);
  const box = editor.getByRole("combobox", { name: "ملاحظة جديدة" });
  await box.fill("@مجهول الهوية راجع الأرقام");
  await editor.getByRole("button", { name: "إضافة ملاحظة" }).click();
  await expect(editor.getByText("لا أحد في غرفة الأخبار باسم «مجهول». اختر الاسم من القائمة.")).toBeVisible();
  await expect(box).toHaveValue("@مجهول الهوية راجع الأرقام");
  expect(((await (await reporterApi.request.get(`/api/v1/articles/${id}/notes`)).json()) as unknown[]).length).toBe(0);

  await box.fill("");
  await box.pressSequentially("شكرًا @ريم الم");
  await expect(editor.getByRole("option", { name: "ريم المراسلة" })).toBeVisible();
  await box.press("Enter");
  await expect(box).toHaveValue("شكرًا @ريم المراسلة ");
  await box.pressSequentially("هل المصدر موثوق؟");
  await editor.getByRole("button", { name: "إضافة ملاحظة" }).click();
  await expect(editor.locator("li", { hasText: "هل المصدر موثوق؟" })).toBeVisible();

  await expect(bell(reporter)).toHaveAttribute("data-unread", "1", { timeout: 5_000 });
  await bell(reporter).click();
  await expect(reporter.locator("[data-notification=mentioned]")).toContainText("أُشير إليك في ملاحظة على القصة");
  await reporterApi.close();
});

test("the notifications API reads and marks only the caller's own, and refuses a malformed request per field", async ({ browser }) => {
  const user = await createTestUser("reporter");
  const api = await apiAs(browser, user.email, user.password);
  const bad = await api.request.post("/api/v1/notifications/read", { data: { ids: ["x"] } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields["ids.0"]).toBe("Send ids as a list of notification numbers.");
  const neither = await api.request.post("/api/v1/notifications/read", { data: {} });
  expect(neither.status()).toBe(400);
  const all = await api.request.post("/api/v1/notifications/read", { data: { all: true } });
  expect(await all.json()).toEqual({ unread: 0 });
  const anonymous = await browser.newContext({ baseURL: E2E_BASE_URL, storageState: { cookies: [], origins: [] } });
  expect((await anonymous.request.get("/api/v1/notifications")).status()).toBe(401);
  await anonymous.close();
  await api.close();
});
