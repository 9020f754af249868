import { TZDate } from "@date-fns/tz";

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

/** The instant at which a wall clock in `timeZone` shows the given time. */
export function zonedWallClockToInstant(wall: WallClock, timeZone: string): Date {
  const zoned = new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, timeZone);
  return new Date(zoned.getTime());
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A `datetime-local` field's value, read as the newsroom's wall clock; null
 * when it names no such moment: an impossible date (31 February) or a time
 * the clocks skip when summer time starts. When they go back, the repeated
 * hour is read as its first occurrence.
 */
export function parseLocalInput(value: string, timeZone: string): Date | null {
  const trimmed = value.trim();
  const match = LOCAL_INPUT.exec(trimmed);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const instant = zonedWallClockToInstant({ year, month, day, hour, minute }, timeZone);
  return toLocalInput(instant, timeZone) === trimmed ? instant : null;
}

/** An instant as a `datetime-local` value on the newsroom's wall clock. */
export function toLocalInput(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A time zone as people call it in `locale` ("توقيت مصر", "Egypt Time"), not its IANA name. */
export function zoneName(timeZone: string, locale: string, at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "shortGeneric" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
