/**
 * Sign-in throttling: how many recent failures an email address or a client
 * address may have before further attempts are refused without checking the
 * password. The counts come from the database; this only decides.
 */
export const THROTTLE_POLICY = {
  windowSeconds: 15 * 60,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 20,
} as const;

export type ThrottlePolicy = { windowSeconds: number; maxFailuresPerEmail: number; maxFailuresPerIp: number };

/** Failures inside the window, and the time of the oldest one counted, per key. */
export type RecentFailures = { count: number; oldest: Date | null };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function retryAfter(oldest: Date | null, now: Date, windowSeconds: number): number {
  if (!oldest) return windowSeconds;
  const elapsed = Math.floor((now.getTime() - oldest.getTime()) / 1000);
  return Math.max(1, windowSeconds - elapsed);
}

export function throttleDecision(byEmail: RecentFailures, byIp: RecentFailures, now: Date, policy: ThrottlePolicy = THROTTLE_POLICY): ThrottleDecision {
  const waits: number[] = [];
  if (byEmail.count >= policy.maxFailuresPerEmail) waits.push(retryAfter(byEmail.oldest, now, policy.windowSeconds));
  if (byIp.count >= policy.maxFailuresPerIp) waits.push(retryAfter(byIp.oldest, now, policy.windowSeconds));
  return waits.length ? { allowed: false, retryAfterSeconds: Math.max(...waits) } : { allowed: true };
}

/** The start of the window that counts for `now`. */
export function windowStart(now: Date, policy: ThrottlePolicy = THROTTLE_POLICY): Date {
  return new Date(now.getTime() - policy.windowSeconds * 1000);
}
