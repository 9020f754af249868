/**
 * A story marked breaking («عاجل») shows in the bar on every public page
 * until its time is up or an editor clears it. The newsroom's default is two
 * hours; a mark longer than two days is a mistake, not breaking news.
 */
export const BREAKING_DEFAULT_MINUTES = 120;
export const BREAKING_MAX_MINUTES = 48 * 60;

export type BreakingExpiry = { ok: true; until: Date } | { ok: false; reason: "breaking_until_past" | "breaking_until_too_far"; params?: { hours: number } };

/** When a mark made at `now` ends: at `until` when given, else after `minutes` (the default when neither is). */
export function breakingExpiry(input: { until?: Date; minutes?: number }, now: Date): BreakingExpiry {
  const until = input.until ?? new Date(now.getTime() + (input.minutes ?? BREAKING_DEFAULT_MINUTES) * 60_000);
  if (until.getTime() <= now.getTime()) return { ok: false, reason: "breaking_until_past" };
  if (until.getTime() - now.getTime() > BREAKING_MAX_MINUTES * 60_000)
    return { ok: false, reason: "breaking_until_too_far", params: { hours: BREAKING_MAX_MINUTES / 60 } };
  return { ok: true, until };
}

/** Whether a story's mark still holds at `now`. */
export function isBreaking(story: { breakingUntil: Date | null }, now: Date): boolean {
  return story.breakingUntil !== null && story.breakingUntil.getTime() > now.getTime();
}
