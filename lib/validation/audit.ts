import { z } from "../zod";
import { cursorParam } from "../pagination/cursor";
import { zonedWallClockToInstant } from "../time/zoned";
import { typedText } from "./text";

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

const dayField = (message: string) => z.string().regex(DAY, message).optional();

/**
 * Filters for the audit log. `from` and `to` are calendar days on the
 * newsroom's clock, both included.
 */
export function auditQuerySchema(timeZone: string) {
  return z
    .strictObject({
      actor: z.uuid("Choose a person from the list.").optional(),
      action: typedText().trim().max(100, "Keep the action to 100 characters.").optional(),
      objectType: z.enum(["article", "user", "section", "session"], { error: "Object must be article, user, section or session." }).optional(),
      objectId: typedText().trim().max(100, "This is not an object id.").optional(),
      from: dayField("Use a date such as 2026-11-28."),
      to: dayField("Use a date such as 2026-11-28."),
      cursor: cursorParam.optional(),
      limit: z.coerce.number({ error: "Limit must be a number from 1 to 200." }).int().min(1, "Limit must be a number from 1 to 200.").max(200, "Limit must be a number from 1 to 200.").default(50),
    })
    .transform((q, ctx) => {
      const from = q.from ? startOfDay(q.from, timeZone) : undefined;
      const to = q.to ? startOfDay(q.to, timeZone, 1) : undefined;
      if (from === null) ctx.addIssue({ code: "custom", path: ["from"], message: "There is no such day." });
      if (to === null) ctx.addIssue({ code: "custom", path: ["to"], message: "There is no such day." });
      if (from && to && from >= to) ctx.addIssue({ code: "custom", path: ["to"], message: "The end comes before the start." });
      return { ...q, from: from ?? undefined, until: to ?? undefined, to: undefined };
    });
}

export type AuditQuery = z.output<ReturnType<typeof auditQuerySchema>>;
