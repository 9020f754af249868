import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase } from "./client";
import { freePort } from "./runtime/free-port";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";
import { isDatabaseUnavailable, readAgainOnConnectionLoss } from "./unavailable";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

/** The error a query fails with, through Drizzle as the app sees it. */
async function failure(query: () => Promise<unknown>): Promise<unknown> {
  try {
    await query();
  } catch (error) {
    return error;
  }
  throw new Error("The query did not fail.");
}

describe("isDatabaseUnavailable", () => {
  it("is true when nothing listens where the database should be", async () => {
    const url = new URL(t.url);
    url.port = String(await freePort());
    const { db, close } = connectDatabase(url.toString(), { max: 1 });
    try {
      expect(isDatabaseUnavailable(await failure(() => db.execute(sql`select 1`)))).toBe(true);
    } finally {
      await close();
    }
  });

  it("is true when the server ends the connection (as a shutdown does)", async () => {
    const { db, close } = connectDatabase(t.url, { max: 1 });
    try {
      expect(isDatabaseUnavailable(await failure(() => db.execute(sql`select pg_terminate_backend(pg_backend_pid())`)))).toBe(true);
    } finally {
      await close();
    }
  });

  it("is false when the database answers with a refusal", async () => {
    expect(isDatabaseUnavailable(await failure(() => t.db.execute(sql`select 1 / 0`)))).toBe(false);
    expect(isDatabaseUnavailable(await failure(() => t.db.execute(sql`select * from no_such_table`)))).toBe(false);
    expect(isDatabaseUnavailable(new Error("anything else"))).toBe(false);
  });
});

describe("readAgainOnConnectionLoss", () => {
  it("reads again, on a fresh connection, when the pooled one died under the first try", async () => {
    const { db, close } = connectDatabase(t.url, { max: 1 });
    try {
      let tries = 0;
      const read = () => (++tries === 1 ? db.execute(sql`select pg_terminate_backend(pg_backend_pid())`) : db.execute(sql`select 42 as answer`));
      expect((await readAgainOnConnectionLoss(read))[0]).toEqual({ answer: 42 });
      expect(tries).toBe(2);
    } finally {
      await close();
    }
  });

  it("does not repeat a read the database refused, nor one that fails twice", async () => {
    let tries = 0;
    expect(isDatabaseUnavailable(await failure(() => readAgainOnConnectionLoss(() => (tries++, t.db.execute(sql`select 1 / 0`)))))).toBe(false);
    expect(tries).toBe(1);
    const url = new URL(t.url);
    url.port = String(await freePort());
    const { db, close } = connectDatabase(url.toString(), { max: 1 });
    tries = 0;
    try {
      expect(isDatabaseUnavailable(await failure(() => readAgainOnConnectionLoss(() => (tries++, db.execute(sql`select 1`)))))).toBe(true);
      expect(tries).toBe(2);
    } finally {
      await close();
    }
  });
});
