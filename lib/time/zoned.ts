import { TZDate } from "@date-fns/tz";

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

/** The instant at which a wall clock in `timeZone` shows the given time. */
export function zonedWallClockToInstant(wall: WallClock, timeZone: string): Date {
  const zoned = new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, timeZone);
  return new Date(zoned.getTime());
}
