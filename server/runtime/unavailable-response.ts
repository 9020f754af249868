import ar from "@/i18n/messages/ar.json";
import en from "@/i18n/messages/en.json";
import { directionOf, type Locale } from "@/lib/i18n/locale";

/** Seconds the browser waits before asking again; the desk is back within this of the database. */
export const RETRY_SECONDS = 2;

const MESSAGES = { ar: ar.unavailable, en: en.unavailable } as const;

/**
 * The desk's answer while the database does not answer: a 503 page in the
 * reader's language that reloads itself until the database is back, rather
 * than a failure on every click.
 */
export function unavailablePage(locale: Locale): Response {
  const t = MESSAGES[locale];
  const html = `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_SECONDS}"><meta name="robots" content="noindex"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1.5rem;text-align:center;color:#1c1917}p{color:#57534e;line-height:1.7}</style></head>
<body><main><h1>${t.title}</h1><p>${t.body}</p><p role="status">${t.retrying}</p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(RETRY_SECONDS) },
  });
}

/** The JSON API's answer in the same case, in its usual error shape. */
export function unavailableJson(): Response {
  return Response.json(
    { error: { code: "unavailable", message: en.unavailable.title } },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_SECONDS) } },
  );
}
