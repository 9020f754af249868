const BASE = "http://newsroom.invalid";

/**
 * Where to send a user after signing in. Only same-site paths are followed,
 * so a crafted link cannot bounce someone to another site; the check is made
 * on the normalised path that is actually returned (`/.//evil` normalises to
 * `//evil`, which a browser reads as another host).
 */
export function safeCallbackPath(candidate: unknown, fallback = "/dashboard"): string {
  if (typeof candidate !== "string" || candidate.length > 2048 || !candidate.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== BASE || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (url.pathname === "/login" || url.pathname.startsWith("/api/")) return fallback;
  return path;
}

/**
 * Auth.js's `redirect` callback: where its own endpoints (sign-in, sign-out,
 * the credentials callback) send the browser, whichever of the parameter,
 * the form field or the callback cookie named it. Only a path of our own,
 * checked as safeCallbackPath checks it: Auth.js's default would turn
 * `//evil.example` or `/.//evil` into `baseUrl//evil…`, one normalisation
 * away from another host.
 */
export function safeAuthRedirect(url: string, baseUrl: string): string {
  let target: URL;
  try {
    target = new URL(url, baseUrl);
  } catch {
    return baseUrl;
  }
  if (target.origin !== new URL(baseUrl).origin) return baseUrl;
  const path = safeCallbackPath(`${target.pathname}${target.search}${target.hash}`, "/");
  return path === "/" ? baseUrl : `${baseUrl}${path}`;
}
