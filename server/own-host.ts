import { env } from "@/lib/env";

/**
 * The host this app answers on, as the browser named it: Host, or behind a
 * trusted reverse proxy (TRUST_PROXY) the X-Forwarded-Host it passes on.
 * Without TRUST_PROXY a client-sent X-Forwarded-Host is ignored, or anyone
 * could choose the host our links and origin checks go by.
 */
export function ownHost(headers: Headers): string | null {
  const forwarded = env().TRUST_PROXY ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host");
}

/**
 * Our own origin for the links we hand out (invitations, resets). The app
 * itself speaks plain HTTP; behind a trusted proxy the scheme is the one it
 * forwards.
 */
export function ownOrigin(headers: Headers): string {
  const forwardedProto = env().TRUST_PROXY ? headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const protocol = forwardedProto === "https" ? "https" : "http";
  return `${protocol}://${ownHost(headers) ?? "localhost"}`;
}
