import { z } from "../zod";
import { dayField, dayRange } from "./day-range";
import { sectionSlug } from "./article";

/** The longest span one calendar request may cover: a year, leap day included. */
const CALENDAR_MAX_DAYS = 366;

const DAY_MS = 86_400_000;

const filters = {
  section: sectionSlug.optional(),
  person: z.uuid("person_unknown").optional(),
};

/** `GET /api/v1/calendar?from=&to=`: both days required, at most a year apart. */
export function calendarQuerySchema(timeZone: string) {
  return z
    .strictObject({ from: dayField, to: dayField, ...filters })
    .superRefine((q, ctx) => {
      if (!q.from) ctx.addIssue({ code: "custom", path: ["from"], message: "date_required" });
      if (!q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "date_required" });
    })
    .transform((q, ctx) => {
      const range = dayRange(q, timeZone, ctx);
      if (q.from && q.to && Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`) >= CALENDAR_MAX_DAYS * DAY_MS) {
        ctx.addIssue({ code: "custom", path: ["to"], message: "calendar_range_too_long", params: { max: CALENDAR_MAX_DAYS } });
      }
      return { section: q.section, person: q.person, from: range.from!, until: range.until! };
    });
}

export type CalendarQuery = z.output<ReturnType<typeof calendarQuerySchema>>;

/** The calendar page: a week or a month around a day (today when none is named), and the same filters. */
export const calendarPageSchema = z.strictObject({
  view: z.enum(["week", "month"], { error: "calendar_view_unknown" }).default("week"),
  date: dayField,
  ...filters,
});
