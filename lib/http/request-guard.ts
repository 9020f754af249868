/**
 * What every request must pass before any page, action or API route sees
 * it: a readable address, and, for a request that changes something, proof
 * that it was sent by one of our own pages (or by a script, which sends no
 * Origin). Browsers always send `Origin` with a POST and `Sec-Fetch-Site`
 * with every request, so a form or fetch on another site — a sibling
 * subdomain or another port included, which SameSite=Lax cookies do not
 * stop — is refused here.
 */

export type EdgeRequest = {
  method: string;
  /** The path and query as they arrived, percent-encoded. */
  path: string;
  search: string;
  /** The host this app answers on: Host, or X-Forwarded-Host behind a trusted proxy. */
  host: string | null;
  origin: string | null;
  secFetchSite: string | null;
  contentLength: string | null;
  /** Set on Server Action posts (the `Next-Action` header). */
  serverAction: boolean;
};

export type EdgeRefusal =
  | { status: 400; reason: "unreadable_address" }
  | { status: 403; reason: "cross_site" }
  | { status: 411; reason: "length_required" }
  | { status: 413; reason: "body_too_large" };

/** The largest Server Action body (the import form sends up to 1 MB of copy; next.config.ts). */
export const SERVER_ACTION_BODY_LIMIT = 2 * 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// C0 and C1 controls and DEL: never part of an address a person can type, and
// PostgreSQL refuses NUL outright.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function decodes(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Whether every path segment and query name and value decodes to text without control characters. */
export function readableAddress(path: string, search: string): boolean {
  for (const segment of path.split("/")) {
    const decoded = decodes(segment);
    if (decoded === null || CONTROL.test(decoded)) return false;
  }
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (!query) return true;
  for (const pair of query.split("&")) {
    const decoded = decodes(pair.replace(/\+/g, " "));
    if (decoded === null || CONTROL.test(decoded)) return false;
  }
  return true;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Whether a state-changing request was sent by our own pages or by a script. */
export function sameOriginOrScript(request: Pick<EdgeRequest, "host" | "origin" | "secFetchSite">): boolean {
  const site = request.secFetchSite?.toLowerCase();
  if (site && site !== "same-origin" && site !== "none") return false;
  if (request.origin === null) return true;
  // "null" is what sandboxed frames, data: pages and some redirects send: never ours.
  const host = hostOf(request.origin);
  return host !== null && request.host !== null && host === request.host.toLowerCase();
}

/** Why the request is refused before it reaches the app, or null when it may go on. */
export function refuseAtEdge(request: EdgeRequest): EdgeRefusal | null {
  if (!readableAddress(request.path, request.search)) return { status: 400, reason: "unreadable_address" };
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (!sameOriginOrScript(request)) return { status: 403, reason: "cross_site" };
  if (request.serverAction) {
    // Browsers always say how long an action's body is; without it Next.js would read on past its limit and fail.
    if (request.contentLength === null || !/^\d+$/.test(request.contentLength)) return { status: 411, reason: "length_required" };
    if (Number(request.contentLength) > SERVER_ACTION_BODY_LIMIT) return { status: 413, reason: "body_too_large" };
  }
  return null;
}
