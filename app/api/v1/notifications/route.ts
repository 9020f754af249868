import { getDb } from "@/db";
import { listNotifications } from "@/db/services/notifications";
import { can } from "@/lib/authz/can";
import { notificationQuerySchema } from "@/lib/validation/notifications";
import { defineRoute } from "@/server/api/define-route";

/** The caller's own notifications, newest first: `{ items, unread, nextCursor }`. */
export const GET = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  query: notificationQuerySchema,
  run: ({ actor, query }) => listNotifications(getDb(), actor, query),
});
