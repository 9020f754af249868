import http from "node:http";
import next from "next";
import { closeAppDatabase } from "@/db/client";
import { rewriteForwardedFor } from "@/lib/auth/client-address";
import { DEFAULT_PUBLIC_CACHE, responseCacheControl, type PublicCachePolicy } from "@/lib/http/cache-control";
import { strictTransportSecurity } from "@/lib/http/transport-security";
import { listenForPublicChanges } from "@/server/public/change-listener";
import { publicPageCache } from "@/server/public/page-cache";
import { PAGE_POLICY_HEADER } from "@/server/public/page-policy";
import { settleValidator } from "@/server/public/page-validator";
import { inRequestScope } from "@/server/render-nonce";
import { watchDatabase } from "@/server/runtime/database-watch";

export type RunningServer = { close: () => Promise<void> };

/** How long a stopping server lets the requests it is answering finish before it cuts them. */
const DRAIN_MS = 10_000;

/**
 * Settles each response's headers as it leaves, after Next.js has set its
 * own: Cache-Control by lib/http/cache-control.ts (Next.js's cached pages
 * become public for nginx or a CDN, everything else private); a cached
 * page's own Content-Security-Policy, by its scripts' hashes, in place of
 * the proxy's per-request one (server/public/page-policy.ts); its ETag, and
 * `304` when the request already has it (server/public/page-validator.ts);
 * Strict-Transport-Security when the request came over HTTPS; and a single
 * Location (Next.js 16.4 sends a freshly rendered cached redirect's twice).
 */
function finishHeaders(request: http.IncomingMessage, response: http.ServerResponse, policy: PublicCachePolicy, hsts: string | undefined) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((a): a is http.OutgoingHttpHeaders => typeof a === "object" && a !== null && !Array.isArray(a));
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    const current = this.getHeader("cache-control");
    this.setHeader("Cache-Control", responseCacheControl(current === undefined ? undefined : String(current), this.hasHeader("set-cookie"), policy));
    const pagePolicy = this.getHeader(PAGE_POLICY_HEADER);
    if (pagePolicy !== undefined) {
      this.setHeader("Content-Security-Policy", Array.isArray(pagePolicy) ? pagePolicy[0]! : String(pagePolicy));
      this.removeHeader(PAGE_POLICY_HEADER);
    }
    if (hsts) this.setHeader("Strict-Transport-Security", hsts);
    const location = this.getHeader("location");
    if (Array.isArray(location) && location.length > 0) this.setHeader("Location", location[0]!);
    const settled = settleValidator(request, this, status);
    // A status message given for the original status does not fit a 304.
    const message = rest.find((a): a is string => typeof a === "string");
    if (message !== undefined && settled === status) this.statusMessage = message;
    return writeHead.call(this, settled);
  } as typeof writeHead;
}

export async function serveNext(options: {
  dev: boolean;
  host: string;
  port: number;
  trustProxy: boolean;
  publicSMaxAge: number;
  databaseUrl: string;
}): Promise<RunningServer> {
  const app = next({ dev: options.dev, hostname: options.host, port: options.port });
  await app.prepare();
  // Before the first request: every change committed from now on reaches this process's cache.
  const changes = await listenForPublicChanges(options.databaseUrl, publicPageCache());
  const database = watchDatabase(options.databaseUrl);
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
  const cachePolicy = { ...DEFAULT_PUBLIC_CACHE, sMaxAge: options.publicSMaxAge };
  let warned = false;
  let draining = false;
  const inFlight = new Set<http.ServerResponse>();
  const server = http.createServer((request, response) => {
    inFlight.add(response);
    response.once("close", () => {
      inFlight.delete(response);
      // A kept-alive connection that has just answered is idle now: let it go.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
    if (draining) response.setHeader("Connection", "close");
    if (!options.trustProxy && request.headers["x-forwarded-for"] && !warned) {
      warned = true;
      console.warn(
        "X-Forwarded-For arrived but TRUST_PROXY is off, so it is ignored. Behind a reverse proxy, set TRUST_PROXY=1 " +
          "or every client will share the proxy's address for sign-in throttling and the audit log.",
      );
    }
    const forwarded = rewriteForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress, options.trustProxy);
    if (forwarded) request.headers["x-forwarded-for"] = forwarded;
    else delete request.headers["x-forwarded-for"];
    finishHeaders(request, response, cachePolicy, strictTransportSecurity(request.headers["x-forwarded-proto"], options.trustProxy));
    // The proxy notes the nonce it chose in this request's scope, where the cache handler finds it (server/render-nonce.ts).
    void inRequestScope(() => handle(request, response));
  });
  // nginx and load balancers reuse an idle upstream connection for up to a minute or so; a server
  // that closes it first (Node's default is 5 s) races with that reuse and the request meets a reset.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    /**
     * Stops taking connections at once, lets the requests in flight finish
     * (each answer closes its connection), cuts whatever is left after
     * DRAIN_MS, then stops Next.js, the listener, the watch and the app's
     * database connections.
     */
    close: async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const response of inFlight) if (!response.headersSent) response.setHeader("Connection", "close");
      let timer: NodeJS.Timeout | undefined;
      const drained = await Promise.race([closed.then(() => true), new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), DRAIN_MS)))]);
      clearTimeout(timer);
      if (!drained) {
        console.error(`[server] ${inFlight.size} request(s) still unanswered after ${DRAIN_MS / 1000} s; closing their connections.`);
        server.closeAllConnections();
        await closed;
      }
      await app.close();
      await Promise.all([changes.stop(), database.stop(), closeAppDatabase()]);
    },
  };
}
