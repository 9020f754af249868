import ar from "@/i18n/messages/ar.json";
import en from "@/i18n/messages/en.json";
import type { Locale } from "@/lib/i18n/locale";
import { statusPage } from "./status-page";

/** Seconds the browser waits before asking again; the desk is back within this of the database. */
const RETRY_SECONDS = 2;

const MESSAGES = { ar: ar.unavailable, en: en.unavailable } as const;

/**
 * The desk's answer while the database does not answer: a 503 page in the
 * reader's language that reloads itself until the database is back, rather
 * than a failure on every click.
 */
export function unavailablePage(locale: Locale): Response {
  const t = MESSAGES[locale];
  return statusPage({
    locale,
    status: 503,
    title: t.title,
    paragraphs: [t.body, `<span role="status">${t.retrying}</span>`],
    head: `<meta http-equiv="refresh" content="${RETRY_SECONDS}">`,
    headers: { "Retry-After": String(RETRY_SECONDS) },
  });
}

/** The JSON API's answer in the same case, in its usual error shape. */
export function unavailableJson(): Response {
  return Response.json(
    { error: { code: "unavailable", message: en.unavailable.title } },
    { status: 503, headers: { "Cache-Control": "private, no-store", "Retry-After": String(RETRY_SECONDS) } },
  );
}
