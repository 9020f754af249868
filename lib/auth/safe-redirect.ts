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
