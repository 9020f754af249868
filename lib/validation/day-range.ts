import { z } from "../zod";
import { zonedWallClockToInstant } from "../time/zoned";

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

/** A `YYYY-MM-DD` query field. */
export const dayField = z.string({ error: "date_invalid" }).regex(DAY, "date_invalid").optional();

/**
 * `from` and `to`, calendar days on the newsroom's clock, both included, as
 * the instants that bound them: `from` the first day's start, `until` the
 * last day's end. Impossible days and a reversed range are refused on their field.
 */
export function dayRange(days: { from?: string; to?: string }, timeZone: string, ctx: z.RefinementCtx): { from: Date | undefined; until: Date | undefined } {
  const from = days.from ? startOfDay(days.from, timeZone) : undefined;
  const until = days.to ? startOfDay(days.to, timeZone, 1) : undefined;
  if (from === null) ctx.addIssue({ code: "custom", path: ["from"], message: "day_unknown" });
  if (until === null) ctx.addIssue({ code: "custom", path: ["to"], message: "day_unknown" });
  if (from && until && from >= until) ctx.addIssue({ code: "custom", path: ["to"], message: "range_reversed" });
  return { from: from ?? undefined, until: until ?? undefined };
}
