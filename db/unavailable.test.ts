import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase } from "./client";
import { freePort } from "./runtime/free-port";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";
import { isDatabaseUnavailable } from "./unavailable";

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
