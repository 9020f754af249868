import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { freePort } from "@/db/runtime/free-port";
import { articles } from "@/db/schema";
import { createDemoDesk, type DemoDesk } from "@/db/testing/demo-desk";
import { startAppServer, type AppServer } from "./support/app-server";
import { LoadClient } from "./support/load-client";

/**
 * `npm start` stopped with SIGTERM while a request is in flight: the request
 * is answered and its write kept, new connections are refused meanwhile,
 * and the process exits 0. Needs the production build (`npm test` builds
 * before the integration tests).
 */
let t: DemoDesk;
let app: AppServer | undefined;

beforeAll(async () => {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("This test starts the production app: run  npm run build  first.");
  t = await createDemoDesk();
  app = await startAppServer({ port: await freePort(), databaseUrl: t.url, authSecret: randomBytes(33).toString("base64") });
});
afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A POST whose body arrives in two parts: the request is in flight until `finish()`. */
function slowPost(url: string, cookie: string, json: unknown) {
  const body = Buffer.from(JSON.stringify(json));
  const request = http.request(url, { method: "POST", headers: { "Content-Type": "application/json", "Content-Length": body.length, Cookie: cookie } });
  // A cut connection is an answer too (status 0), so that the test says what happened.
  const answered = new Promise<{ status: number; body: string }>((resolve) => {
    request.once("error", (error) => resolve({ status: 0, body: String(error) }));
    request.once("response", (response) => {
      let text = "";
      response.on("data", (d) => (text += d));
      response.once("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
  });
  request.write(body.subarray(0, 20));
  return { answered, finish: () => request.end(body.subarray(20)) };
}

it("keeps an idle kept-alive connection open past Node's default 5 s, so a proxy or client reusing it meets no reset", async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
      const request = http.get(`${app!.url}/api/health`, { agent }, (response) => {
        response.resume();
        response.once("end", () => resolve({ status: response.statusCode ?? 0, socket: request.socket }));
      });
      request.once("error", reject);
    });
  try {
    const first = await get();
    await sleep(6_000);
    const second = await get();
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.socket).toBe(first.socket);
  } finally {
    agent.destroy();
  }
});

it("on SIGTERM answers the request in flight, refuses new connections meanwhile, keeps the write and exits 0", async () => {
  const reporter = new LoadClient(app!.url, []);
  await reporter.signIn("reporter@newsroom.test", "newsroom-reporter");
  const headline = `خبر أثناء الإيقاف ${randomBytes(4).toString("hex")}`;
  const slow = slowPost(`${app!.url}/api/v1/articles`, reporter.cookieHeader(), { headline, bodyText: "نص الخبر.", section: "world", language: "ar" });
  await sleep(500);

  const exited = app!.stop();
  await sleep(1_000);
  await expect(fetch(`${app!.url}/api/health`)).rejects.toThrow();
  slow.finish();

  const answer = await slow.answered;
  expect(answer.status, answer.body).toBe(201);
  expect(await exited, app!.output()).toEqual({ code: 0, signal: null });
  expect(app!.output()).not.toMatch(/still unanswered/);
  const [stored] = await t.db
    .select({ headline: articles.headline })
    .from(articles)
    .where(eq(articles.id, (JSON.parse(answer.body) as { id: string }).id));
  expect(stored?.headline).toBe(headline);
}, 120_000);
