/**
 * One year, this host only: other hosts of the same domain may not speak
 * HTTPS yet, and a preload list entry is an operator's decision, not ours.
 */
export const HSTS = "max-age=31536000";

/**
 * Strict-Transport-Security for a response, or nothing. The app itself
 * speaks plain HTTP; a request came over HTTPS only as a trusted reverse
 * proxy (TRUST_PROXY) says in X-Forwarded-Proto — the same reading as
 * ownOrigin's (server/own-host.ts). Browsers ignore the header over HTTP
 * anyway; it is left out there so the answer says what is true.
 */
export function strictTransportSecurity(forwardedProto: string | string[] | undefined, trustProxy: boolean): string | undefined {
  if (!trustProxy || forwardedProto === undefined) return undefined;
  const first = (Array.isArray(forwardedProto) ? forwardedProto.join(",") : forwardedProto).split(",")[0]!.trim().toLowerCase();
  return first === "https" ? HSTS : undefined;
}
