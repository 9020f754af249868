import { zonedWallClockToInstant } from "../time/zoned";

export type CalendarView = "week" | "month";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Newsrooms in the Arab world start the working week on Saturday; so does the calendar. */
const WEEK_STARTS = 6;

function parts(day: string): [number, number, number] {
  const match = DAY.exec(day);
  if (!match) throw new Error(`Not a day: ${day}`);
  return match.slice(1).map(Number) as [number, number, number];
}

const asDay = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return asDay(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The day (`YYYY-MM-DD`) and hour an instant falls on, on the newsroom's clock. */
export function wallClockOf(instant: Date, timeZone: string): { day: string; hour: number; minute: number } {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return { day: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour), minute: Number(p.minute) };
}

/** The Saturday on or before a day: where the newsroom's week starts. */
export function weekStart(day: string): string {
  return addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() - WEEK_STARTS + 7) % 7));
}

/**
 * The days a view shows: seven from the anchor (which is a week's Saturday
 * unless someone asked for another first day), or the whole weeks that hold
 * the anchor's month.
 */
export function calendarDays(view: CalendarView, anchor: string): string[] {
  if (view === "week") return Array.from({ length: 7 }, (_, i) => addDays(anchor, i));
  const [y, m] = parts(anchor);
  const start = weekStart(asDay(new Date(Date.UTC(y, m - 1, 1))));
  const last = asDay(new Date(Date.UTC(y, m, 0)));
  const days: string[] = [];
  for (let day = start; day <= last || days.length % 7 !== 0; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The view before or after the one at `anchor`. */
export function shiftAnchor(view: CalendarView, anchor: string, step: 1 | -1): string {
  if (view === "week") return addDays(anchor, 7 * step);
  const [y, m] = parts(anchor);
  return asDay(new Date(Date.UTC(y, m - 1 + step, 1)));
}

/**
 * Where a story dropped on a slot goes: the slot's day, at the slot's hour
 * (week view) or at its own time of day (month view), keeping its minutes,
 * on the newsroom's clock.
 */
export function movedTo(instant: Date, slot: { day: string; hour?: number }, timeZone: string): Date {
  const [year, month, day] = parts(slot.day);
  const was = wallClockOf(instant, timeZone);
  return zonedWallClockToInstant({ year, month, day, hour: slot.hour ?? was.hour, minute: was.minute }, timeZone);
}
