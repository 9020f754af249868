import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { env } from "@/lib/env";
import { removeEmbeddedDatabase, startEmbeddedDatabase } from "../runtime/embedded";
import { assertReachable } from "../runtime/external";

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL server for the integration run: the one DATABASE_URL names,
 * else a throw-away embedded server. Each test file then creates its own
 * database on it (see test-database.ts).
 */
export default async function setup(project: TestProject) {
  const external = env().DATABASE_URL;
  if (external) {
    await assertReachable(external);
    project.provide("adminDatabaseUrl", external);
    return;
  }
  const dataRoot = path.resolve(".data", `test-${process.pid}`);
  const server = await startEmbeddedDatabase(dataRoot, { fast: true });
  project.provide("adminDatabaseUrl", server.adminUrl);
  return async () => {
    await server.stop();
    await removeEmbeddedDatabase(dataRoot);
    fs.rmSync(dataRoot, { recursive: true, force: true });
  };
}
