import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { findMovedSectionSlug, findMovedStoryPath, storyPath } from "@/db/queries/public-stories";
import { parseStoryAddress } from "@/lib/site/story-address";
import { APP_AREA_HEADER, APP_PATH_HEADER } from "@/server/proxy-headers";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);

/**
 * Signed-out visitors to protected paths are sent to /login (the authorized
 * callback); requests for the newsroom's own pages are marked so their UI
 * language follows the user rather than the public site's language.
 */
const appProxy = auth((request) => {
  const headers = new Headers(request.headers);
  headers.set(APP_AREA_HEADER, "app");
  headers.set(APP_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
});

const APP_PATH = /^\/(dashboard|admin|login|invite)(\/|$)/;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, search } = request.nextUrl;
  // Auth.js types its wrapper as a route handler; as a proxy it passes the event on untouched.
  if (APP_PATH.test(pathname)) return appProxy(request, event as unknown as Parameters<typeof appProxy>[1]);
  // An address a published story had before its slug or section changed answers with a
  // 301 (a page can only send Next's 308). Each lookup is one primary-key probe.
  const address = parseStoryAddress(pathname);
  if (!address) return NextResponse.next();
  // A section that changed its address takes its stories along; then a story that moved itself.
  const section = await findMovedSectionSlug(getDb(), address.section);
  const moved = section ? { sectionSlug: section, slug: address.slug } : await findMovedStoryPath(getDb(), address.section, address.slug);
  if (moved) return NextResponse.redirect(new URL(`${storyPath(moved)}${search}`, request.url), 301);
  return NextResponse.next();
}

export const config = {
  matcher: ["/dashboard/:path*", "/admin/:path*", "/login", "/invite/:token", "/:section/:slug"],
};
