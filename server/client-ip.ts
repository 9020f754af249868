import { env } from "@/lib/env";

/**
 * The client's address for throttling and the audit log. Next.js records the
 * socket address in X-Forwarded-For; behind a trusted reverse proxy
 * (TRUST_PROXY=1) the address that proxy saw is used instead.
 */
export function clientIp(headers: Headers): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return headers.get("x-real-ip");
  const fromEnd = env().TRUST_PROXY ? 2 : 1;
  return hops[Math.max(0, hops.length - fromEnd)] ?? null;
}
