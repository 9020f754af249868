import { z } from "../zod";
import { cursorParam } from "../pagination/cursor";
import { zonedWallClockToInstant } from "../time/zoned";
import { pageLimit, typedText } from "./text";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first instant of a calendar day on the newsroom's clock, or null for no such day. */
export function startOfDay(value: string, timeZone: string, plusDays = 0): Date | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const next = new Date(Date.UTC(year, month - 1, day + plusDays));
  return zonedWallClockToInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 }, timeZone);
}

const dayField = z.string({ error: "date_invalid" }).regex(DAY, "date_invalid").optional();

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
    .transform((q, ctx) => {
      const from = q.from ? startOfDay(q.from, timeZone) : undefined;
      const to = q.to ? startOfDay(q.to, timeZone, 1) : undefined;
      if (from === null) ctx.addIssue({ code: "custom", path: ["from"], message: "day_unknown" });
      if (to === null) ctx.addIssue({ code: "custom", path: ["to"], message: "day_unknown" });
      if (from && to && from >= to) ctx.addIssue({ code: "custom", path: ["to"], message: "range_reversed" });
      return { ...q, from: from ?? undefined, until: to ?? undefined, to: undefined };
    });
}

export type AuditQuery = z.output<ReturnType<typeof auditQuerySchema>>;
