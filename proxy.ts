import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";
import { databaseStatus } from "@/server/runtime/database-status";
import { APP_AREA_HEADER, APP_PATH_HEADER } from "@/server/proxy-headers";
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

/**
 * Only the newsroom's own pages and its API pass through here; public pages
 * never do, they are served from the cache untouched. While the database does
 * not answer, the desk gets a page that retries by itself (503), not a
 * failure on every click.
 */
export function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  if (databaseStatus()?.reachable === false) {
    if (api) return unavailableJson();
    if (request.method === "GET" || request.method === "HEAD") {
      const locale = resolveLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
      return unavailablePage(locale);
    }
  }
  if (api) return NextResponse.next();
  // Auth.js types its wrapper as a route handler; as a proxy it passes the event on untouched.
  return appProxy(request, event as unknown as Parameters<typeof appProxy>[1]);
}

export const config = {
  matcher: ["/dashboard/:path*", "/admin/:path*", "/login", "/invite/:token", "/api/v1/:path*"],
};
