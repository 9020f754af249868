/**
 * Where to send a user after signing in. Only same-site relative paths are
 * followed, so a crafted link cannot bounce someone to another site.
 */
export function safeCallbackPath(candidate: unknown, fallback = "/dashboard"): string {
  if (typeof candidate !== "string" || candidate.length > 2048) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  try {
    const url = new URL(candidate, "http://newsroom.invalid");
    if (url.origin !== "http://newsroom.invalid") return fallback;
    if (url.pathname === "/login" || url.pathname.startsWith("/api/")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
