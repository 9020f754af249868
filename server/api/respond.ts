import "server-only";
import { z } from "zod";
import { toActor, type Actor } from "@/lib/authz/roles";
import type { IssuedLink } from "@/db/services/people";
import { mayManagePeople } from "@/lib/people/guards";
import { linkMail } from "@/lib/people/link-mail";
import { sendLinkMail } from "@/server/mail/send-link";
import { fail, HTTP_STATUS, invalid, type Failure, type Result } from "@/lib/errors";
import { articleIdSchema } from "@/lib/validation/article";
import { sessionUser } from "@/server/session";

/** `{"error": {code, message, fields?}}` with the status the code stands for. */
export function errorResponse(failure: Failure): Response {
  const { code, message, fields } = failure;
  return Response.json({ error: fields ? { code, message, fields } : { code, message } }, { status: HTTP_STATUS[code] });
}

export function respond<T>(result: Result<T>, status = 200): Response {
  return result.ok ? Response.json(result.data, { status }) : errorResponse(result);
}

/**
 * The caller, from the session cookie, re-read from the database: 401 when
 * signed out, 403 when the account has been deactivated since.
 */
export async function apiActor(): Promise<Actor | Response> {
  const user = await sessionUser();
  if (!user) return errorResponse(fail("unauthenticated", "Sign in first: this API uses the session cookie from /login."));
  if (!user.active) return errorResponse(fail("forbidden", "This account is deactivated."));
  return toActor(user);
}

/**
 * A JSON body parsed with `schema`. Only `application/json` is accepted, which
 * also keeps cross-site HTML forms (they cannot send it) from reaching the API.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<Result<z.output<S>>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return fail("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    return fail("malformed", "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error.issues);
}

/** Query parameters parsed with `schema`; empty ones count as absent. */
export function readQuery<S extends z.ZodType>(url: string, schema: S): Result<z.output<S>> {
  const params = Object.fromEntries([...new URL(url).searchParams].filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(params);
  return parsed.success ? { ok: true, data: parsed.data } : invalid(parsed.error.issues);
}

/** A story id from the path: a UUID, or 404 (an id that is not one cannot name a story). */
export function readId(id: string): Result<string> {
  return articleIdSchema.safeParse(id).success ? { ok: true, data: id } : fail("not_found", "There is no story with this id.", { id: "Story ids are UUIDs." });
}

/** The caller when they are an active admin; 401 signed out, 403 anyone else. */
export async function adminActor(): Promise<Actor | Response> {
  const actor = await apiActor();
  if (actor instanceof Response) return actor;
  return mayManagePeople(actor) ? actor : errorResponse(fail("forbidden", "Only admins manage people."));
}

type ArticleContext = { actor: Actor; id: string; request: Request };

/** A route under /api/v1/articles/:id: the caller and a well-formed id are settled before `handler` runs. */
export function articleRoute(handler: (context: ArticleContext) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> => {
    const actor = await apiActor();
    if (actor instanceof Response) return actor;
    const id = readId((await context.params).id);
    if (!id.ok) return errorResponse(id);
    return handler({ actor, id: id.data, request });
  };
}

/** A route under an admin-only collection's /:id: admins only (403 before anything else), then a well-formed id. */
function adminRoute(missing: string) {
  return (handler: (context: ArticleContext) => Promise<Response>) =>
    async (request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> => {
      const actor = await adminActor();
      if (actor instanceof Response) return actor;
      const { id } = await context.params;
      if (!articleIdSchema.safeParse(id).success) return errorResponse(fail("not_found", missing, { id: "Ids are UUIDs." }));
      return handler({ actor, id, request });
    };
}

export const personRoute = adminRoute("There is no such person.");
export const sectionRoute = adminRoute("There is no such section.");

/** Where a one-time password link points, on the host the request came to. */
export function passwordLink(request: Request, token: string): string {
  return new URL(`/invite/${token}`, request.url).toString();
}

/** A new link as the people API answers it, mailed first when SMTP is configured. */
export async function issuedLinkResponse(request: Request, issued: IssuedLink, purpose: "invite" | "reset"): Promise<Response> {
  const invitationUrl = passwordLink(request, issued.token);
  const mailed = await sendLinkMail(linkMail(issued, invitationUrl, purpose));
  const headers = purpose === "invite" ? { Location: `/api/v1/users/${issued.id}` } : undefined;
  return Response.json({ ...(purpose === "invite" ? { id: issued.id } : {}), invitationUrl, expiresAt: issued.expiresAt, mailed }, { status: 201, headers });
}

type RevisionContext = ArticleContext & { revisionId: string };

/** A route under /api/v1/articles/:id/revisions/:rev: caller, story id and revision id settled first. */
export function revisionRoute(handler: (context: RevisionContext) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<{ id: string; rev: string }> }): Promise<Response> => {
    const { rev } = await context.params;
    return articleRoute(async (article) => {
      if (!articleIdSchema.safeParse(rev).success) {
        return errorResponse(fail("not_found", "This story has no such revision.", { rev: "Revision ids are UUIDs." }));
      }
      return handler({ ...article, revisionId: rev });
    })(request, context);
  };
}
