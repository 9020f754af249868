import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/authz/roles";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { fail, fieldErrorsOf, invalid, ok, type Result } from "@/lib/errors";
import { sameOriginOrScript } from "@/lib/http/request-guard";
import { ownHost } from "@/server/own-host";
import { unavailableJson } from "@/server/runtime/unavailable-response";
import { apiCaller } from "./caller";
import { errorResponse, noStore } from "./respond";

/** The largest JSON body any route reads: a 200,000-character story with its markup fits with room. */
const MAX_JSON_BYTES = 2 * 1024 * 1024;

const SAFE_METHODS = new Set(["GET", "HEAD"]);

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** A body other than JSON (the import's text or file), read and checked by the route's own reader. */
type BodyReader<B> = (request: Request) => Promise<Result<B>>;

type Spec<P, Q, B, T> = {
  /** Who may call it at all; finer checks (this story, this state) are the service's. */
  allow: (actor: Actor) => boolean;
  /** The reason answered when `allow` refuses (i18n/refusals). */
  refusal: string;
  params?: z.ZodType<P>;
  /** The reason for a path parameter that fails `params`: the thing it names does not exist. */
  missing?: string;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B> | BodyReader<B>;
  run: (input: { actor: Actor; params: P; query: Q; body: B; request: Request }) => Promise<Result<T> | Response>;
  /** The status of a success; 201 answers carry `Location` when `location` is given. */
  status?: 200 | 201 | 204;
  location?: (data: T) => string;
};

/** Query parameters (empty ones count as absent) parsed with `schema`. */
function parseQuery<Q>(url: string, schema: z.ZodType<Q>): Result<Q> {
  const params = Object.fromEntries([...new URL(url).searchParams].filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(params);
  return parsed.success ? ok(parsed.data) : invalid(parsed.error.issues);
}

/** Bytes of a body, refused past `limit` before more is read than that. */
export async function readLimited(request: Request, limit: number): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const tooLarge = fail("too_large", "body_too_large", { params: { kb: Math.round(limit / 1024) } });
  if (Number(request.headers.get("content-length") ?? 0) > limit) return tooLarge;
  if (!request.body) return ok(new Uint8Array());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) return tooLarge;
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return ok(bytes);
}

/**
 * A JSON body parsed with `schema`. Only `application/json` is accepted:
 * a cross-site HTML form cannot send it, a second guard behind the Origin check.
 */
async function parseJson<B>(request: Request, schema: z.ZodType<B>): Promise<Result<B>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) return fail("unsupported_media_type", "json_required");
  const bytes = await readLimited(request, MAX_JSON_BYTES);
  if (!bytes.ok) return bytes;
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.data));
  } catch {
    return fail("malformed", "json_malformed");
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : invalid(parsed.error.issues);
}

/**
 * The one way a JSON API route is written. In order: a state-changing call
 * must come from our own pages or a script (proxy.ts refuses the rest first;
 * this repeats it for the route alone) → the caller from the session (401,
 * 403 when deactivated) → `allow` (403) → path parameters (404) → query
 * (400) → body (415, 413, 400) → `run` → the result as JSON, never cached.
 * A database that cannot be reached is `503 unavailable`, as while it is known to be down.
 */
export function defineRoute<P = undefined, Q = undefined, B = undefined, T = unknown>(spec: Spec<P, Q, B, T>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      return noStore(await handle(spec, request, context));
    } catch (error) {
      // The database went away before the watch noticed (proxy.ts answers 503 from then on):
      // the same 503, so a client retries instead of seeing a failure. Nothing was acknowledged.
      if (isDatabaseUnavailable(error)) return unavailableJson();
      throw error;
    }
  };
}

async function handle<P, Q, B, T>(spec: Spec<P, Q, B, T>, request: Request, context: RouteContext): Promise<Response> {
  if (!SAFE_METHODS.has(request.method)) {
    const origin = { host: ownHost(request.headers), origin: request.headers.get("origin"), secFetchSite: request.headers.get("sec-fetch-site") };
    if (!sameOriginOrScript(origin)) return errorResponse(fail("forbidden", "cross_site"), request);
  }
  const actor = await apiCaller();
  if (!actor.ok) return errorResponse(actor, request);
  if (!spec.allow(actor.data)) return errorResponse(fail("forbidden", spec.refusal), request);

  let params = undefined as P;
  if (spec.params) {
    const parsed = spec.params.safeParse(await context.params);
    if (!parsed.success) return errorResponse(fail("not_found", spec.missing ?? "not_found", { fields: fieldErrorsOf(parsed.error.issues) }), request);
    params = parsed.data;
  }
  let query = undefined as Q;
  if (spec.query) {
    const parsed = parseQuery(request.url, spec.query);
    if (!parsed.ok) return errorResponse(parsed, request);
    query = parsed.data;
  }
  let body = undefined as B;
  if (spec.body) {
    const parsed = typeof spec.body === "function" ? await (spec.body as BodyReader<B>)(request) : await parseJson(request, spec.body);
    if (!parsed.ok) return errorResponse(parsed, request);
    body = parsed.data;
  }

  const result = await spec.run({ actor: actor.data, params, query, body, request });
  if (result instanceof Response) return result;
  if (!result.ok) return errorResponse(result, request);
  if (spec.status === 204) return new Response(null, { status: 204 });
  const headers = spec.location ? { Location: spec.location(result.data) } : undefined;
  return Response.json(result.data, { status: spec.status ?? 200, headers });
}
