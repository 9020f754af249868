import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findUserByEmail } from "@/db/queries/users";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";

const TSX = path.resolve("node_modules/.bin/tsx");

/** `npm run user:create -- …args` with `stdin` piped in, as a deploy script would run it. */
function userCreate(args: string[], env: Record<string, string>, stdin: string) {
  const base: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  delete base.DATABASE_URL;
  return new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(TSX, ["scripts/user-create.ts", ...args], { env: { ...base, ...env } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdin.end(stdin);
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("npm run user:create and the password policy", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  it("refuses the README's first admin with a common password, and says why", async () => {
    const readme = ["--email", "chief@example.com", "--role", "admin", "--name", "Chief Editor"];
    const result = await userCreate(readme, { DATABASE_URL: t.url }, "password123456\n");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The user was not created:\n  password: This password is too common; choose another.");
    expect(await findUserByEmail(t.db, "chief@example.com")).toBeUndefined();
  });

  it("refuses a password made of the person's name", async () => {
    const result = await userCreate(
      ["--email", "sara@example.test", "--role", "editor", "--name", "Sara Mansour"],
      { DATABASE_URL: t.url },
      "Sara Mansour 2026\n",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("password: Do not use your email or name in your password.");
  });
});
