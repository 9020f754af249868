import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { cleanAuthRequest } from "@/lib/auth/auth-request";
import { currentUser } from "@/server/session";

/** The request with a hostile callback parameter or cookie made harmless (Auth.js would answer 500). */
function cleaned(request: NextRequest): NextRequest {
  const clean = cleanAuthRequest(request.url, request.headers.get("cookie"));
  if (!clean) return request;
  const headers = new Headers(request.headers);
  if (clean.cookieHeader) headers.set("cookie", clean.cookieHeader);
  else headers.delete("cookie");
  // A request body can be passed on only as a half-duplex stream.
  const init = { method: request.method, headers, body: request.body, duplex: "half" };
  return new NextRequest(new Request(clean.url, init as RequestInit));
}

/**
 * Auth.js's endpoints, with its session endpoint held to the same rule as
 * every page and API call (requireUser): a session ended on the server, or
 * a deactivated account, is no session, whatever the cookie still says.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === "/api/auth/session" && !(await currentUser())) {
    return Response.json(null, { headers: { "Cache-Control": "private, no-store" } });
  }
  return handlers.GET(cleaned(request));
}

export async function POST(request: NextRequest) {
  return handlers.POST(cleaned(request));
}
