import { expect, test, type Browser, type Page } from "@playwright/test";
import { addDays, wallClockOf } from "@/lib/calendar/grid";
import { zonedWallClockToInstant } from "@/lib/time/zoned";
import { apiAs, createDraft, storyState, transition } from "./support/api";
import { auditCount, createTestUser, type TestUser } from "./support/database";
import { signedInAs } from "./support/login-page";

const ZONE = "Africa/Cairo";
const today = () => wallClockOf(new Date(), ZONE).day;
/** A day `days` from today at `hour`:00 on the newsroom's clock. */
const at = (days: number, hour: number) => {
  const [year, month, day] = addDays(today(), days).split("-").map(Number) as [number, number, number];
  return zonedWallClockToInstant({ year, month, day, hour, minute: 0 }, ZONE);
};

/** A story by `reporter`, approved and scheduled by `editor` for `when`. */
async function scheduledStory(browser: Browser, reporter: TestUser, editor: TestUser, when: Date): Promise<string> {
  const reporterApi = await apiAs(browser, reporter.email, reporter.password);
  const editorApi = await apiAs(browser, editor.email, editor.password);
  const id = await createDraft(reporterApi.request, `قصة على التقويم ${Date.now()}`);
  expect((await transition(reporterApi.request, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(editorApi.request, id, "approved", 2)).status()).toBe(200);
  expect((await transition(editorApi.request, id, "scheduled", 3, { publishAt: when.toISOString() })).status()).toBe(200);
  await reporterApi.close();
  await editorApi.close();
  return id;
}

const publishAtOf = async (page: Page, id: string) => ((await (await page.request.get(`/api/v1/articles/${id}`)).json()) as { publishAt: string }).publishAt;

test("an editor drags a scheduled story to another hour: it is rescheduled and audited; a drop on a past hour is refused and changes nothing", async ({
  browser,
}) => {
  const reporter = await createTestUser("reporter", { locale: "ar" });
  const editorUser = await createTestUser("editor", { locale: "ar" });
  const id = await scheduledStory(browser, reporter, editorUser, at(2, 10));
  const editor = await signedInAs(browser, editorUser);
  // Seven days from yesterday: a past hour and the story's day side by side.
  await editor.goto(`/dashboard/calendar?view=week&date=${addDays(today(), -1)}`);
  const chip = editor.locator(`[data-story="${id}"][data-entry=publish]`);
  await expect(chip).toHaveAttribute("draggable", "true");

  await chip.dragTo(editor.locator(`[data-slot="${addDays(today(), 3)}T14"]`));
  await expect(editor.getByRole("status").filter({ hasText: "تغيّر موعد النشر إلى" })).toBeVisible();
  await expect(editor.locator(`[data-slot="${addDays(today(), 3)}T14"] [data-story="${id}"]`)).toBeVisible();
  expect(new Date(await publishAtOf(editor, id)).toISOString()).toBe(at(3, 14).toISOString());
  expect(await auditCount(id, "article.reschedule")).toBe(1);

  await editor.locator(`[data-story="${id}"][data-entry=publish]`).dragTo(editor.locator(`[data-slot="${addDays(today(), -1)}T10"]`));
  await expect(editor.getByRole("alert").filter({ hasText: "يجب أن يكون موعد النشر في المستقبل." })).toBeVisible();
  expect(new Date(await publishAtOf(editor, id)).toISOString()).toBe(at(3, 14).toISOString());
  expect(await auditCount(id, "article.reschedule")).toBe(1);
});

test("a reporter cannot reschedule: nothing to drag, a forged drop is refused by the server, and so is the API (403)", async ({ browser }) => {
  const reporterUser = await createTestUser("reporter", { locale: "ar" });
  const editorUser = await createTestUser("editor", { locale: "ar" });
  const id = await scheduledStory(browser, reporterUser, editorUser, at(2, 10));
  const reporter = await signedInAs(browser, reporterUser);
  await reporter.goto(`/dashboard/calendar?view=week&date=${addDays(today(), -1)}`);
  const chip = reporter.locator(`[data-story="${id}"][data-entry=publish]`);
  await expect(chip).toHaveAttribute("draggable", "false");

  // The drop handler, reached as a page script could reach it: the server decides.
  await reporter.locator(`[data-slot="${addDays(today(), 3)}T14"]`).evaluate((slot, storyId) => {
    const data = new DataTransfer();
    data.setData("application/x-newsroom-story", storyId);
    slot.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, id);
  await expect(reporter.getByRole("alert").filter({ hasText: "لا يسمح دورك بتغيير موعد نشر هذه القصة" })).toBeVisible();

  const { version } = await storyState(reporter.request, id);
  const api = await reporter.request.post(`/api/v1/articles/${id}/transitions`, { data: { to: "scheduled", version, publishAt: at(4, 9).toISOString() } });
  expect(api.status()).toBe(403);
  expect(new Date(await publishAtOf(reporter, id)).toISOString()).toBe(at(2, 10).toISOString());
  expect(await auditCount(id, "article.reschedule")).toBe(0);
});

test("a calendar range over a year is refused with a message on the field, and the page says what it cannot show", async ({ browser }) => {
  const user = await createTestUser("reporter", { locale: "ar" });
  const page = await signedInAs(browser, user);
  const long = await page.request.get("/api/v1/calendar?from=2026-01-01&to=2027-03-01", { headers: { "accept-language": "ar" } });
  expect(long.status()).toBe(400);
  expect(((await long.json()) as { error: { fields: Record<string, string> } }).error.fields.to).toBe(
    "يعرض التقويم سنة على الأكثر (366 يومًا) في كل طلب؛ اختر مدة أقصر.",
  );
  const year = await page.request.get("/api/v1/calendar?from=2026-01-01&to=2026-12-31");
  expect(year.status()).toBe(200);

  await page.goto("/dashboard/calendar?view=year");
  await expect(page.getByRole("alert").filter({ hasText: "اختر عرض الأسبوع أو الشهر." })).toBeVisible();
  await expect(page.getByTestId("calendar-week")).toBeVisible();
});
