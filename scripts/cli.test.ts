import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { findUserByEmail } from "@/db/queries/users";
import { freePort } from "@/db/runtime/free-port";
import { removeEmbeddedDatabase, startEmbeddedDatabase, type EmbeddedDatabase } from "@/db/runtime/embedded";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";

const TSX = path.resolve("node_modules/.bin/tsx");

async function run(script: string, args: string[], env: Record<string, string | undefined>, stdin = "") {
  // A free port, so a server already on 3000 cannot change the outcome.
  const base: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()) };
  delete base.DATABASE_URL;
  delete base.AUTH_SECRET;
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(TSX, [script, ...args], { env: { ...base, NEXT_TELEMETRY_DISABLED: "1", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.end(stdin);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const noStackTrace = /\n\s+at /;

describe("npm start / npm run dev refuse clearly", () => {
  it("refuses a production start without AUTH_SECRET", async () => {
    const result = await run("scripts/serve.ts", ["start"], { DATABASE_URL: "postgres://x@127.0.0.1:1/x" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET is not set");
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  it.each([
    ["a closed port", "postgres://newsroom@127.0.0.1:1/newsroom", "Cannot reach PostgreSQL at 127.0.0.1:1"],
    ["an unknown host", "postgres://newsroom:secret@db.invalid:5432/newsroom", "Cannot reach PostgreSQL at db.invalid:5432"],
  ])("names the host when DATABASE_URL points at %s", async (_label, url, message) => {
    const result = await run("scripts/serve.ts", ["dev"], { DATABASE_URL: url });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain("secret");
    expect(result.stderr).not.toMatch(noStackTrace);
  });

  it("says so when the port is taken, before touching any database", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await run("scripts/serve.ts", ["dev"], { PORT: String(port), DATABASE_URL: "postgres://x@127.0.0.1:1/x" });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("names each invalid setting", async () => {
    const result = await run("scripts/serve.ts", ["dev"], { PORT: "eighty" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Invalid environment:\s+PORT/);
  });
});

it("a process that loads the embedded database keeps its exit code (failing test runs must fail)", async () => {
  const child = spawn(TSX, ["--eval", 'import("./db/runtime/embedded.ts").then(() => { process.exitCode = 3; });'], { stdio: "ignore" });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code).toBe(3);
});

describe("a second server on the same embedded database", () => {
  const dataRoot = path.resolve(".data", `cli-test-${process.pid}`);
  let first: EmbeddedDatabase;
  beforeAll(async () => {
    first = await startEmbeddedDatabase(dataRoot, { fast: true });
  });
  afterAll(async () => {
    await first.stop();
    await removeEmbeddedDatabase(dataRoot);
    fs.rmSync(dataRoot, { recursive: true, force: true });
  });

  it("is refused with a clear message and leaves the running one intact", async () => {
    const result = await run("scripts/serve.ts", ["dev"], { NEWSROOM_DATA_DIR: dataRoot });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Another Newsroom process (pid ${process.pid}) is already using ${path.join(dataRoot, "postgres")}.`);
    expect(fs.existsSync(path.join(first.clusterDir, "PG_VERSION"))).toBe(true);
    const { connectDatabase } = await import("@/db/client");
    const probe = connectDatabase(first.url, { max: 1 });
    await expect(probe.db.execute(sql`select 1 as ok`)).resolves.toHaveLength(1);
    await probe.close();
  });
});

describe("npm run user:create", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  it("creates an admin with the password given on standard input", async () => {
    const result = await run(
      "scripts/user-create.ts",
      ["--email", "Editor-In-Chief@Example.test", "--role", "admin", "--name", "رئيس التحرير"],
      { DATABASE_URL: t.url },
      "a very long passphrase\n",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Created admin editor-in-chief@example\.test/);
    const user = await findUserByEmail(t.db, "editor-in-chief@example.test");
    expect(user).toMatchObject({ role: "admin", name: "رئيس التحرير", active: true });
    expect(await verifyPassword(user!.passwordHash!, "a very long passphrase")).toBe(true);
  });

  it("refuses a role outside the three and a duplicate email", async () => {
    const badRole = await run("scripts/user-create.ts", ["--email", "x@example.test", "--role", "owner"], { DATABASE_URL: t.url }, "a very long passphrase\n");
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toContain("--role: Role must be one of: reporter, editor, admin.");
    const duplicate = await run(
      "scripts/user-create.ts",
      ["--email", "EDITOR-in-chief@example.test", "--role", "editor"],
      { DATABASE_URL: t.url },
      "a very long passphrase\n",
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
  });
});
