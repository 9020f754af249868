import { safeCallbackPath } from "./safe-redirect";

const CALLBACK_COOKIES = new Set(["authjs.callback-url", "__Secure-authjs.callback-url"]);

/** What Auth.js accepts as a callback (its own test): an http(s) URL or a path; it then keeps only same-origin ones. */
function isHttpCallback(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://newsroom.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValue(cookie: string): string | null {
  try {
    return decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1));
  } catch {
    return null;
  }
}

/**
 * Auth.js answers 500 when its `callbackUrl` parameter or callback cookie is
 * not an http(s) URL (`javascript:…`, a broken escape). Both only say where
 * to go after signing in or out, so a bad parameter becomes a safe path of
 * our own and a bad cookie is dropped before Auth.js reads the request.
 * Returns null when the request is fine as it is.
 */
export function cleanAuthRequest(url: string, cookieHeader: string | null): { url: string; cookieHeader: string | null } | null {
  const parsed = new URL(url);
  const wanted = parsed.searchParams.get("callbackUrl");
  const badParameter = wanted !== null && safeCallbackPath(wanted, "") !== wanted;
  if (badParameter) parsed.searchParams.set("callbackUrl", safeCallbackPath(wanted, "/"));
  const cookies = (cookieHeader ?? "")
    .split(";")
    .map((c) => c.trim())
    .filter(Boolean);
  const kept = cookies.filter((c) => {
    if (!CALLBACK_COOKIES.has(c.slice(0, c.indexOf("=")))) return true;
    const value = cookieValue(c);
    return value !== null && isHttpCallback(value);
  });
  if (!badParameter && kept.length === cookies.length) return null;
  return { url: parsed.toString(), cookieHeader: kept.length ? kept.join("; ") : null };
}
