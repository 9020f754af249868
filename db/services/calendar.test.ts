import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { calendarQuerySchema } from "@/lib/validation/calendar";
import { approvedStory, scheduleStory } from "../testing/stories";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { articles } from "../schema";
import { listCalendar } from "./calendar";

let desk: DemoDesk;
beforeAll(async () => {
  desk = await createDemoDesk();
});
afterAll(async () => desk.drop());

const range = (from: string, to: string, extra: Record<string, string> = {}) => calendarQuerySchema("Africa/Cairo").parse({ from, to, ...extra });

it("lists deadlines of open stories and scheduled publications in time order, filtered by section and person, and the overdue apart", async () => {
  const due = await approvedStory(desk, "موعد نهائي في الأسبوع");
  const scheduled = await approvedStory(desk, "نشر مجدول في الأسبوع", { section: "economy" });
  const late = await approvedStory(desk, "قصة فات موعدها");
  const now = new Date();
  const inDays = (days: number, hours = 10) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hours));
  await desk.db
    .update(articles)
    .set({ deadline: inDays(2) })
    .where(eq(articles.id, due.id));
  await desk.db
    .update(articles)
    .set({ deadline: inDays(-3) })
    .where(eq(articles.id, late.id));
  await scheduleStory(desk, scheduled.id, inDays(1));

  const day = (d: Date) => d.toISOString().slice(0, 10);
  const week = await listCalendar(desk.db, desk.reporter, range(day(inDays(-1)), day(inDays(5))));
  if (!week.ok) throw new Error(week.reason);
  const mine = week.data.entries.filter((e) => [due.id, scheduled.id, late.id].includes(e.id));
  expect(mine.map((e) => [e.id, e.kind])).toEqual([
    [scheduled.id, "publish"],
    [due.id, "deadline"],
  ]);
  expect(mine[0]).toMatchObject({ section: { slug: "economy" }, authors: ["سارة منصور"] });
  expect(week.data.overdue.map((e) => e.id)).toContain(late.id);

  const economy = await listCalendar(desk.db, desk.reporter, range(day(inDays(-1)), day(inDays(5)), { section: "economy" }));
  expect(economy.ok && economy.data.entries.map((e) => e.id)).toEqual([scheduled.id]);
  const editorOnly = await listCalendar(desk.db, desk.reporter, range(day(inDays(-1)), day(inDays(5)), { person: desk.editor.id }));
  expect(editorOnly.ok && editorOnly.data.entries.filter((e) => [due.id, scheduled.id].includes(e.id))).toEqual([]);
});

it("refuses a range of more than a year, and a reversed one", () => {
  expect(calendarQuerySchema("Africa/Cairo").safeParse({ from: "2026-01-01", to: "2027-01-01" }).success).toBe(true);
  const long = calendarQuerySchema("Africa/Cairo").safeParse({ from: "2026-01-01", to: "2027-01-02" });
  expect(long.success || long.error.issues.map((i) => i.message)).toEqual(["calendar_range_too_long"]);
  const reversed = calendarQuerySchema("Africa/Cairo").safeParse({ from: "2026-02-01", to: "2026-01-01" });
  expect(reversed.success || reversed.error.issues.map((i) => i.message)).toEqual(["range_reversed"]);
});
