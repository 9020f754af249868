import http from "node:http";
import next from "next";
import { rewriteForwardedFor } from "@/lib/auth/client-address";
import { DEFAULT_PUBLIC_CACHE, responseCacheControl, type PublicCachePolicy } from "@/lib/http/cache-control";
import { listenForPublicChanges } from "@/server/public/change-listener";
import { publicPageCache } from "@/server/public/page-cache";
import { watchDatabase } from "@/server/runtime/database-status";

export type RunningServer = { close: () => Promise<void> };

/**
 * Sets each response's Cache-Control as it leaves (lib/http/cache-control.ts):
 * Next.js's cached pages become public for nginx or a CDN, everything else
 * private. Done at the last moment, after Next.js has set its own.
 */
function applyCachePolicy(response: http.ServerResponse, policy: PublicCachePolicy) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    const headers = args.find((a): a is http.OutgoingHttpHeaders => typeof a === "object" && a !== null && !Array.isArray(a));
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
    const current = this.getHeader("cache-control");
    this.setHeader("Cache-Control", responseCacheControl(current === undefined ? undefined : String(current), this.hasHeader("set-cookie"), policy));
    return writeHead.apply(this, args.filter((a) => a !== headers) as Parameters<typeof writeHead>);
  } as typeof writeHead;
}

/**
 * Next.js behind a plain Node HTTP server of ours, so that the client address
 * Next.js sees in X-Forwarded-For cannot be forged (Next.js keeps a
 * client-supplied one as it is).
 */
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
  const server = http.createServer((request, response) => {
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
    applyCachePolicy(response, cachePolicy);
    void handle(request, response);
  });
  server.on("upgrade", (request, socket, head) => void upgrade(request, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await app.close();
      await Promise.all([changes.stop(), database.stop()]);
    },
  };
}
