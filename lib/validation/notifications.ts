import { z } from "../zod";
import { cursorParam } from "../pagination/cursor";
import { pageLimit } from "./text";

export const notificationQuerySchema = z.strictObject({
  cursor: cursorParam.optional(),
  limit: pageLimit(50, 20),
});

export type NotificationQuery = z.output<typeof notificationQuerySchema>;

/** `{ids: [1, 2]}` marks those read, `{all: true}` every one; exactly one of the two. */
export const notificationsReadSchema = z
  .strictObject({
    ids: z
      .array(z.number({ error: "notification_ids_invalid" }).int("notification_ids_invalid").positive("notification_ids_invalid"), {
        error: "notification_ids_invalid",
      })
      .min(1, "notification_ids_invalid")
      .max(200, "notification_ids_too_many")
      .optional(),
    all: z.literal(true, { error: "notifications_read_all_true" }).optional(),
  })
  .refine((v) => (v.ids === undefined) !== (v.all === undefined), { message: "notifications_read_shape" });

export type NotificationsRead = z.output<typeof notificationsReadSchema>;
