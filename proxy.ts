import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { freshNonce, noncePolicy } from "@/lib/http/content-security-policy";
import { refuseAtEdge } from "@/lib/http/request-guard";
import { LOCALE_COOKIE, negotiateLocale, resolveLocale, type Locale } from "@/lib/i18n/locale";
import { RESERVED_SECTION_SLUGS } from "@/lib/validation/sections";
import { env } from "@/lib/env";
import { isGoneAddress } from "@/server/public/gone-addresses";
import { databaseStatus } from "@/server/runtime/database-status";
import { gonePage } from "@/server/runtime/gone-page";
import { ownHost } from "@/server/own-host";
import { APP_AREA_HEADER, APP_PATH_HEADER, NONCE_HEADER } from "@/server/proxy-headers";
import { noteRenderNonce } from "@/server/render-nonce";
import { refusalResponse } from "@/server/runtime/refusal-response";
import { unavailableJson, unavailablePage } from "@/server/runtime/unavailable-response";
import { mediaImageOrigins } from "@/server/media/public-base";
import { authConfig } from "./auth.config";

const { auth } = NextAuth(authConfig);

/** What a request carries on to its render: the policy, whose nonce Next.js puts on each script it writes. */
type Csp = { nonce: string; policy: string };

function forwardedHeaders(request: NextRequest, csp: Csp): Headers {
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp.policy);
  headers.set(NONCE_HEADER, csp.nonce);
  headers.delete("Content-Security-Policy-Report-Only");
  return headers;
}

/**
 * Signed-out visitors to protected paths are sent to /login (the authorized
 * callback); requests are marked so their UI language follows the user rather
 * than the public site's.
 */
async function appProxy(request: NextRequest, event: NextFetchEvent, csp: Csp): Promise<Response> {
  const handler = auth((authRequest) => {
    const headers = forwardedHeaders(authRequest, csp);
    headers.set(APP_AREA_HEADER, "app");
    headers.set(APP_PATH_HEADER, `${authRequest.nextUrl.pathname}${authRequest.nextUrl.search}`);
    return NextResponse.next({ request: { headers } });
  });
  // Auth.js types its wrapper as a route handler; as a proxy it passes the event on untouched.
  const response = await handler(request, event as unknown as Parameters<typeof handler>[1]);
  return response ?? NextResponse.next({ request: { headers: forwardedHeaders(request, csp) } });
}

const APP_PATHS = /^\/(dashboard|admin)(\/|$)|^\/login$|^\/invite\/[^/]+$/;
/** A story's address, /<section>/<slug>: two segments, the first not one the app keeps for itself. */
const STORY_ADDRESS = /^\/([^/]+)\/([^/]+)$/;
const RESERVED = new Set<string>(RESERVED_SECTION_SLUGS);

/**
 * Whether a reader's request is for the address of a story taken off the
 * site. Asked before the cache, since a page cannot answer 410 itself; while
 * the database is away the page (cached or not) answers as it can.
 */
async function isGoneStory(request: NextRequest): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const address = STORY_ADDRESS.exec(request.nextUrl.pathname);
  if (!address || RESERVED.has(address[1]!) || databaseStatus()?.reachable === false) return false;
  try {
    return await isGoneAddress(decodeURIComponent(address[1]!), decodeURIComponent(address[2]!));
  } catch {
    return false;
  }
}

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
 *
 * Each request gets a fresh nonce and the Content-Security-Policy naming it,
 * sent to the render (Next.js puts the nonce on its scripts) and on the
 * answer. A page served from the cache answers with its own policy instead,
 * by its scripts' hashes (server/public/page-policy.ts), which the nonce
 * noted here lets the cache handler find.
 */
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const nonce = freshNonce();
  noteRenderNonce(nonce);
  const csp = { nonce, policy: noncePolicy(nonce, { dev: env().NODE_ENV === "development", imageOrigins: mediaImageOrigins() }) };
  const response = await route(request, event, csp);
  // A redirect made with Response.redirect has headers that cannot be changed: answer with a copy.
  const answer = response instanceof NextResponse ? response : new NextResponse(response.body, response);
  answer.headers.set("Content-Security-Policy", csp.policy);
  return answer;
}

async function route(request: NextRequest, event: NextFetchEvent, csp: Csp): Promise<Response> {
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
  const forward = () => NextResponse.next({ request: { headers: forwardedHeaders(request, csp) } });
  if (!apiV1 && !APP_PATHS.test(pathname)) return (await isGoneStory(request)) ? gonePage() : forward();
  if (databaseStatus()?.reachable === false) {
    if (apiV1) return unavailableJson();
    if (request.method === "GET" || request.method === "HEAD") return unavailablePage(visitorLocale(request, false));
  }
  if (apiV1) return forward();
  return appProxy(request, event, csp);
}

export const config = {
  // Uploads bypass the proxy: Next.js copies a body the proxy sees into memory, and would cut a
  // picture off at its 10 MB limit. Their routes make the same checks (server/api/define-route.ts)
  // and stop reading at the upload limit. Public image variants (/media/) need none of it.
  matcher: ["/((?!_next/static/|_next/image|favicon\\.ico$|icon\\.svg$|media/|api/v1/media$|api/v1/media/[^/]+/file$).*)"],
};
