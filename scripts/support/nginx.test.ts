import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/db/runtime/free-port";
import { nginxBinary, startNginx, type RunningNginx } from "./nginx";

/**
 * The shipped deploy/nginx/newsroom.conf, run by Debian's nginx in front of a
 * stand-in app that answers the way ours does (public pages with s-maxage,
 * private ones with no-store) and counts what reaches it.
 */
let app: http.Server;
let appPort: number;
let nginx: RunningNginx;
let hits = 0;
let seenForwardedFor = "";
let seenHost = "";

function serveApp(port: number) {
  app = http.createServer((request, response) => {
    hits += 1;
    if (request.method === "POST" || request.method === "PUT") {
      let bytes = 0;
      request.on("data", (chunk: Buffer) => (bytes += chunk.length));
      request.on("end", () => response.end(`received ${bytes}`));
      return;
    }
    seenForwardedFor = String(request.headers["x-forwarded-for"] ?? "");
    seenHost = String(request.headers.host ?? "");
    const body = `${request.url} #${hits} rsc=${request.headers.rsc ?? "-"}`;
    if (request.url?.startsWith("/private")) response.setHeader("Cache-Control", "private, no-store");
    else response.setHeader("Cache-Control", "public, s-maxage=1, stale-while-revalidate=60, stale-if-error=86400");
    if (request.url?.startsWith("/sets-cookie")) response.setHeader("Set-Cookie", "authjs.csrf-token=x; Path=/");
    response.setHeader("Vary", "rsc, next-router-state-tree, Accept-Encoding");
    response.end(body);
  });
  return new Promise<void>((resolve) => app.listen(port, "127.0.0.1", resolve));
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${nginx.url}${path}`, { headers });
  return { body: await response.text(), cache: response.headers.get("x-cache-status"), status: response.status };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  if (!nginxBinary()) throw new Error("These tests run Debian's nginx: apt-get install nginx-light.");
  appPort = await freePort();
  await serveApp(appPort);
  nginx = await startNginx({ port: await freePort(), upstreams: [`127.0.0.1:${appPort}`] });
});
afterAll(async () => {
  await nginx?.stop();
  app?.close();
});

describe("the shipped nginx configuration", () => {
  it("lets a picture upload or replacement of 20 MB through to the app, and keeps nginx's 1 MB limit elsewhere", async () => {
    const picture = new Uint8Array(20 * 1024 * 1024);
    for (const [method, path] of [
      ["POST", "/api/v1/media"],
      ["PUT", "/api/v1/media/0b7c2f9e-0000-4000-8000-000000000001/file"],
    ] as const) {
      const response = await fetch(`${nginx.url}${path}`, { method, body: picture });
      expect([response.status, await response.text()]).toEqual([200, `received ${picture.length}`]);
    }
    for (const path of ["/api/v1/articles", "/api/v1/media/0b7c2f9e-0000-4000-8000-000000000001"]) {
      expect((await fetch(`${nginx.url}${path}`, { method: "POST", body: new Uint8Array(2 * 1024 * 1024) })).status).toBe(413);
    }
  });

  it("keeps a public page for its s-maxage and serves the same copy meanwhile", async () => {
    const first = await get("/public");
    const second = await get("/public");
    expect(first.cache).toBe("MISS");
    expect(second).toMatchObject({ cache: "HIT", body: first.body });
  });

  it("keeps the client router's RSC payload apart from the page", async () => {
    const page = await get("/variants");
    const rsc = await get("/variants", { RSC: "1" });
    expect(rsc.body).toContain("rsc=1");
    expect((await get("/variants")).body).toBe(page.body);
    expect((await get("/variants", { RSC: "1" })).body).toBe(rsc.body);
  });

  it("never stores a private page, nor one that sets a cookie", async () => {
    const a = await get("/private");
    const b = await get("/private");
    expect(a.body).not.toBe(b.body);
    const c = await get("/sets-cookie");
    const d = await get("/sets-cookie");
    expect(c.body).not.toBe(d.body);
  });

  it("passes a signed-in visitor (session cookie) to the app, and keeps that answer out of the cache", async () => {
    const cached = await get("/signed-in-check");
    const signedIn = await get("/signed-in-check", { Cookie: "newsroom-locale=ar; authjs.session-token=abc" });
    expect(signedIn.cache).toBe("BYPASS");
    expect(signedIn.body).not.toBe(cached.body);
    expect((await get("/signed-in-check")).body).toBe(cached.body);
  });

  it("adds the client's address to X-Forwarded-For, for TRUST_PROXY=1", async () => {
    await get("/private-forwarded", { "X-Forwarded-For": "203.0.113.7" });
    expect(seenForwardedFor).toBe("203.0.113.7, 127.0.0.1");
  });

  it("passes the Host the client asked for, port included, so that the app's own redirects (Auth.js's) come back to it", async () => {
    await get("/private-host");
    expect(seenHost).toBe(new URL(nginx.url).host);
  });

  it("after s-maxage, answers at once with the stale copy while one request refreshes it", async () => {
    const before = await get("/refresh");
    // nginx counts whole seconds: one second of s-maxage ends within two.
    await sleep(2_100);
    const during = await get("/refresh");
    expect(during.body).toBe(before.body);
    expect(["STALE", "UPDATING"]).toContain(during.cache);
    await sleep(200);
    const after = await get("/refresh");
    expect(after.body).not.toBe(before.body);
    expect(after.cache).toBe("HIT");
  });

  it("keeps answering from the cache while the app is down", async () => {
    const before = await get("/while-down");
    await new Promise<void>((resolve) => app.close(() => resolve()));
    app.closeAllConnections();
    await sleep(2_100);
    const during = await get("/while-down");
    expect(during).toMatchObject({ status: 200, body: before.body });
    await serveApp(appPort);
  });
});
