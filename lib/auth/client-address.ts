import { isIP } from "node:net";

/**
 * Client addresses for throttling and the audit log. Next.js passes a
 * client-supplied X-Forwarded-For through untouched, so our HTTP server
 * rewrites the header before Next.js sees it: without a trusted reverse
 * proxy it holds only the socket's address; behind one (TRUST_PROXY) the
 * socket's address is appended to what the proxy sent.
 */
export function rewriteForwardedFor(incoming: string | string[] | undefined, socketAddress: string | undefined, trustProxy: boolean): string | undefined {
  const socket = socketAddress?.replace(/^::ffff:/, "");
  if (!trustProxy) return socket;
  const previous = (Array.isArray(incoming) ? incoming.join(",") : (incoming ?? "")).trim();
  if (!socket) return previous || undefined;
  return previous ? `${previous}, ${socket}` : socket;
}

/**
 * The client's address from a header written by rewriteForwardedFor: the
 * socket itself, or, behind a trusted proxy, the address the proxy saw.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustProxy: boolean): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  return hops[Math.max(0, hops.length - (trustProxy ? 2 : 1))] ?? null;
}

/** A client address the database can store (inet), or null. */
export function cleanIp(ip: string | null | undefined): string | null {
  const candidate = ip?.trim();
  return candidate && isIP(candidate) ? candidate : null;
}
