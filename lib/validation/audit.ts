import { z } from "../zod";
import { cursorParam } from "../pagination/cursor";
import { dayField, dayRange } from "./day-range";
import { pageLimit, typedText } from "./text";

/**
 * Filters for the audit log. `from` and `to` are calendar days on the
 * newsroom's clock, both included.
 */
export function auditQuerySchema(timeZone: string) {
  return z
    .strictObject({
      actor: z.uuid("person_unknown").optional(),
      action: typedText().trim().max(100, "action_too_long").optional(),
      objectType: z.enum(["article", "user", "section", "session"], { error: "object_type_unknown" }).optional(),
      objectId: typedText().trim().max(100, "object_id_invalid").optional(),
      from: dayField,
      to: dayField,
      cursor: cursorParam.optional(),
      limit: pageLimit(200, 50),
    })
    .transform((q, ctx) => ({ ...q, ...dayRange(q, timeZone, ctx), to: undefined }));
}

export type AuditQuery = z.output<ReturnType<typeof auditQuerySchema>>;
