import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { refuseAtEdge } from "@/lib/http/request-guard";
import { LOCALE_COOKIE, negotiateLocale, resolveLocale, type Locale } from "@/lib/i18n/locale";
import { databaseStatus } from "@/server/runtime/database-status";
import { ownHost } from "@/server/own-host";
import { APP_AREA_HEADER, APP_PATH_HEADER } from "@/server/proxy-headers";
import { refusalResponse } from "@/server/runtime/refusal-response";
import { unavailableJson, unavailablePage } from "@/server/runtime/unavailable-response";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);

/**
 * Signed-out visitors to protected paths are sent to /login (the authorized
 * callback); requests are marked so their UI language follows the user rather
 * than the public site's.
 */
const appProxy = auth((request) => {
  const headers = new Headers(request.headers);
  headers.set(APP_AREA_HEADER, "app");
  headers.set(APP_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
});

const APP_PATHS = /^\/(dashboard|admin)(\/|$)|^\/login$|^\/invite\/[^/]+$/;

function visitorLocale(request: NextRequest, api: boolean): Locale {
  // Scripts calling the API rarely say which language they read; they get English.
  if (api) return negotiateLocale(request.headers.get("accept-language")) ?? "en";
  return resolveLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
}

/**
 * Every request but static files passes here first, in development and in
 * production alike: unreadable addresses and cross-site writes are refused
 * (lib/http/request-guard.ts) before any page, action or route runs. Public
 * pages then go straight on to the cache. While the database does not
 * answer, the desk gets a page that retries by itself (503), not a failure
 * on every click.
 */
export function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  const refusal = refuseAtEdge({
    method: request.method,
    path: pathname,
    search,
    host: ownHost(request.headers),
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    contentLength: request.headers.get("content-length"),
    serverAction: request.headers.has("next-action"),
  });
  if (refusal) return refusalResponse(refusal, { api, locale: visitorLocale(request, api) });

  const apiV1 = pathname.startsWith("/api/v1/");
  if (!apiV1 && !APP_PATHS.test(pathname)) return NextResponse.next();
  if (databaseStatus()?.reachable === false) {
    if (apiV1) return unavailableJson();
    if (request.method === "GET" || request.method === "HEAD") return unavailablePage(visitorLocale(request, false));
  }
  if (apiV1) return NextResponse.next();
  // Auth.js types its wrapper as a route handler; as a proxy it passes the event on untouched.
  return appProxy(request, event as unknown as Parameters<typeof appProxy>[1]);
}

export const config = {
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico$|icon\\.svg$).*)"],
};
