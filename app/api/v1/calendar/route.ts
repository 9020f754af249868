import { getDb } from "@/db";
import { listCalendar } from "@/db/services/calendar";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { calendarQuerySchema } from "@/lib/validation/calendar";
import { defineRoute } from "@/server/api/define-route";

/** Deadlines and scheduled publications between two days (at most a year): `{ entries, overdue }`. */
export const GET = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  query: calendarQuerySchema(env().NEWSROOM_TIMEZONE),
  run: ({ actor, query }) => listCalendar(getDb(), actor, query),
});
