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
  const server = http.createServer((request, response) => {
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
