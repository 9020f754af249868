import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

/**
 * What the app's pools must survive when a connection dies under them (the
 * database restarting, a backend terminated): postgres.js 3.4.9 as patched by
 * patches/postgres+3.4.9.patch at install.
 */
let t: TestDatabase;
let killer: postgres.Sql;
beforeAll(async () => {
  t = await createTestDatabase();
  killer = postgres(t.url, { max: 1, onnotice: () => {} });
  await killer`select 1`; // connected before it is needed: under load connecting can take seconds
});
afterAll(async () => {
  await killer?.end({ timeout: 1 });
  await t?.drop();
});

const client = () => postgres(t.url, { max: 1, connect_timeout: 3, onnotice: () => {}, backoff: () => 0.05 } as postgres.Options<Record<string, never>>);
const outcome = (query: Promise<unknown>) =>
  query.then(
    () => "ok",
    (e: Error & { code?: string }) => e.code ?? e.message,
  );

describe("a pool connection that dies", () => {
  it("in the middle of a transaction's query fails that transaction, and the next query on the pool succeeds", async () => {
    const sql = client();
    try {
      const failed = await outcome(
        sql.begin(async (tx) => {
          const [row] = await tx`select pg_backend_pid() as pid`;
          // A postgres.js query runs only once something awaits it (then/catch).
          setTimeout(() => void killer`select pg_terminate_backend(${row!.pid as number}::int)`.catch(() => {}), 200);
          await tx`select pg_sleep(10)`;
        }),
      );
      expect(failed).toBe("CONNECTION_CLOSED");
      // Unpatched, the ROLLBACK went to the closed socket and this connection never wrote again (CONNECT_TIMEOUT).
      expect(await outcome(sql`select 1`)).toBe("ok");
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  it("while a query waits behind another, leaves the next connection free of the old session's error", async () => {
    const sql = client();
    try {
      await sql`select 1`;
      await Promise.all([outcome(sql`select pg_terminate_backend(pg_backend_pid())`), outcome(sql`select 2`)]);
      // Unpatched, this failed with the terminated session's 57P01.
      expect(await outcome(sql`select 3`)).toBe("ok");
    } finally {
      await sql.end({ timeout: 1 });
    }
  });
});
