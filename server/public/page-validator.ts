import { createHash } from "node:crypto";
import type http from "node:http";
import fresh from "fresh";

/**
 * A cached page's validators, computed once when it is cached and carried
 * with it to our HTTP server (scripts/http-server.ts), which sends the one
 * that fits the response as its ETag and answers `304` when the browser or
 * nginx already has it. Next.js's own `generateEtags` hashes the whole body
 * again on every hit, which for a 100 KB story page costs as much as the rest
 * of serving it from the cache; it is off (next.config.ts).
 */
const HTML_ETAG_HEADER = "x-newsroom-etag-html";
const RSC_ETAG_HEADER = "x-newsroom-etag-rsc";

function strongEtag(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** The headers a cached page carries: one validator for its HTML, one for its RSC payload. */
export function pageValidatorHeaders(html: string, rscData: Uint8Array | undefined): Record<string, string> {
  return { [HTML_ETAG_HEADER]: strongEtag(html), ...(rscData ? { [RSC_ETAG_HEADER]: strongEtag(rscData) } : {}) };
}

function headerValue(response: http.ServerResponse, name: string): string | undefined {
  const value = response.getHeader(name);
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value[0] : String(value);
}

/**
 * Called as the response's headers leave: replaces the carried validators by
 * the ETag of what is being sent, and returns `304` in place of `status` when
 * the request's `If-None-Match` names it. A prefetch of one segment of the page
 * is neither the HTML nor the full payload, so it gets no ETag.
 */
export function settleValidator(request: http.IncomingMessage, response: http.ServerResponse, status: number): number {
  const html = headerValue(response, HTML_ETAG_HEADER);
  const rsc = headerValue(response, RSC_ETAG_HEADER);
  response.removeHeader(HTML_ETAG_HEADER);
  response.removeHeader(RSC_ETAG_HEADER);
  if (html === undefined) return status;
  const contentType = headerValue(response, "content-type") ?? "";
  const etag = contentType.startsWith("text/html")
    ? html
    : contentType.startsWith("text/x-component") && request.headers["next-router-segment-prefetch"] === undefined
      ? rsc
      : undefined;
  if (etag === undefined) return status;
  response.setHeader("ETag", etag);
  const conditional = request.method === "GET" || request.method === "HEAD";
  if (status !== 200 || !conditional || !fresh(request.headers, { etag })) return status;
  response.removeHeader("content-length");
  return 304;
}
