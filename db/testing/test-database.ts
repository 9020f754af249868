import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";
import { connectDatabase, type Db } from "../client";
import { migrateDatabase } from "../migrate";

export type TestDatabase = { db: Db; url: string; drop: () => Promise<void> };

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A new, migrated database of its own; `drop()` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `newsroom_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin`create database ${admin(name)}`;
  const url = withDatabaseName(adminUrl, name);
  await migrateDatabase(url);
  const connection = connectDatabase(url, { max: 8 });
  return {
    db: connection.db,
    url,
    drop: async () => {
      await connection.close();
      await admin`drop database if exists ${admin(name)} with (force)`;
      await admin.end({ timeout: 5 });
    },
  };
}
