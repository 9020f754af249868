import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { APP_AREA_HEADER, APP_PATH_HEADER } from "@/server/proxy-headers";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);

/**
 * Signed-out visitors to protected paths are sent to /login (the authorized
 * callback); requests for the newsroom's own pages are marked so their UI
 * language follows the user rather than the public site's language.
 */
export const proxy = auth((request) => {
  const headers = new Headers(request.headers);
  headers.set(APP_AREA_HEADER, "app");
  headers.set(APP_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
});

export const config = {
  matcher: ["/dashboard/:path*", "/admin/:path*", "/login"],
};
