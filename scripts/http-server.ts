import http from "node:http";
import next from "next";
import { rewriteForwardedFor } from "@/lib/auth/client-address";

export type RunningServer = { close: () => Promise<void> };

/**
 * Next.js behind a plain Node HTTP server of ours, so that the client address
 * Next.js sees in X-Forwarded-For cannot be forged (Next.js keeps a
 * client-supplied one as it is).
 */
export async function serveNext(options: { dev: boolean; host: string; port: number; trustProxy: boolean }): Promise<RunningServer> {
  const app = next({ dev: options.dev, hostname: options.host, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
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
    },
  };
}
