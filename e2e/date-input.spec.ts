import { expect, test, type Browser, type Locator } from "@playwright/test";
import { wallClockOf } from "@/lib/calendar/grid";
import { apiAs, createDraft, transition } from "./support/api";
import { createTestUser } from "./support/database";
import { sentValue, typeDate } from "./support/date-input";
import { signedInAs } from "./support/login-page";
import { StoryPage } from "./support/story-page";

const ZONE = "Africa/Cairo";
const PAST = "يجب أن يكون موعد النشر في المستقبل.";

async function approvedStory(browser: Browser): Promise<string> {
  const [reporter, editor] = await Promise.all([createTestUser("reporter"), createTestUser("editor")]);
  const reporterApi = await apiAs(browser, reporter.email, reporter.password);
  const editorApi = await apiAs(browser, editor.email, editor.password);
  const id = await createDraft(reporterApi.request, `قصة للجدولة ${Date.now()}`);
  expect((await transition(reporterApi.request, id, "in_review", 1)).status()).toBe(200);
  expect((await transition(editorApi.request, id, "approved", 2)).status()).toBe(200);
  await Promise.all([reporterApi.close(), editorApi.close()]);
  return id;
}

const segmentTypes = (field: Locator) =>
  field.locator("[data-type]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-type")).filter((t) => t !== "literal"));

test("an Arabic editor schedules a story with the date field: Arabic day, month and year, a 24-hour clock, a calendar; a past time is refused and what was typed stays", async ({
  browser,
}) => {
  const id = await approvedStory(browser);
  const editor = await createTestUser("editor", { locale: "ar" });
  const page = await signedInAs(browser, editor);
  // An English browser: the field must follow the desk's language, not the browser's.
  await page.goto(`/dashboard/articles/${id}`);
  const story = new StoryPage(page);
  const form = story.step("schedule");
  const field = form.getByRole("group", { name: /موعد النشر/ });

  await expect(field).toContainText("يوم");
  await expect(field).toContainText("شهر");
  await expect(field).toContainText("سنة");
  await expect(field).not.toContainText(/mm|dd|yyyy/i);
  expect(await segmentTypes(field)).toEqual(["day", "month", "year", "hour", "minute"]);

  // A time already gone: refused by the server, and the field still holds it.
  await typeDate(field, "2020-03-07T09:05");
  expect(await sentValue(field, "publishAt")).toBe("2020-03-07T09:05");
  await form.getByRole("button", { name: "جدولة" }).click();
  await expect(form.getByText(PAST)).toBeVisible();
  await story.expectStatus("approved");
  expect(await sentValue(field, "publishAt")).toBe("2020-03-07T09:05");
  await expect(field.locator('[data-type="hour"]')).toHaveText("09");

  // Next year, picked from the calendar, then a time typed on the 24-hour clock.
  const year = Number(wallClockOf(new Date(), ZONE).day.slice(0, 4)) + 1;
  await typeDate(field, `${year}-05-04T21:40`);
  await field.getByRole("button", { name: "اختر من التقويم" }).click();
  const calendar = page.getByRole("dialog", { name: "التقويم" });
  await expect(calendar.getByRole("heading")).toContainText(`مايو ${year}`);
  await calendar
    .getByRole("button", { name: /\b12\b/ })
    .first()
    .click();
  await expect(calendar).toBeHidden();
  expect(await sentValue(field, "publishAt")).toBe(`${year}-05-12T21:40`);

  await form.getByRole("button", { name: "جدولة" }).click();
  await story.expectStatus("scheduled");
  const saved = (await (await page.request.get(`/api/v1/articles/${id}`)).json()) as { publishAt: string };
  const wall = wallClockOf(new Date(saved.publishAt), ZONE);
  expect(wall).toEqual({ day: `${year}-05-12`, hour: 21, minute: 40 });
  await page.close();
});

test("an English admin filters the audit log by dates typed day first, and the filter reaches the server", async ({ browser }) => {
  const admin = await createTestUser("admin", { locale: "en" });
  const page = await signedInAs(browser, admin);
  await page.goto("/admin/audit");
  const from = page.getByRole("group", { name: "From (day)" });
  await expect(from).toContainText("dd");
  expect(await segmentTypes(from)).toEqual(["day", "month", "year"]);
  await typeDate(from, "2031-01-02");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/[?&]from=2031-01-02(&|$)/);
  // The page starts again from the URL: the field shows the date it filtered by.
  await expect(page.getByRole("group", { name: "From (day)" }).locator('[data-type="day"]')).toHaveText("02");
  await expect(page.getByRole("group", { name: "From (day)" }).locator('[data-type="month"]')).toHaveText("01");
  await page.close();
});
