import { getDb } from "@/db";
import { markNotificationsRead } from "@/db/services/notifications";
import { can } from "@/lib/authz/can";
import { notificationsReadSchema } from "@/lib/validation/notifications";
import { defineRoute } from "@/server/api/define-route";

/** Marks `{ids}` or `{all: true}` of the caller's notifications read: `{ unread }`. */
export const POST = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  body: notificationsReadSchema,
  run: ({ actor, body }) => markNotificationsRead(getDb(), actor, body),
});
