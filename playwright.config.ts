import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATA_DIR, E2E_PORT } from "./e2e/support/settings";

/** CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  // Adds up the attack suite's hostile requests (e2e/security/tally.ts) when the run ends.
  globalTeardown: "./e2e/security/total.ts",
  // The longest tests walk a story through three people's browsers; on a 2-core machine that also runs
  // the server and the database, two of them side by side take 25–35 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], locale: "en-US" }, dependencies: ["setup"] },
  ],
  webServer: {
    // A fresh embedded database each run, the production build, demo data seeded.
    command: "npm run db:reset -- --yes && npm start",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      DATABASE_URL: "",
      NEWSROOM_DATA_DIR: E2E_DATA_DIR,
      NEWSROOM_SEED_DEMO: "1",
      // Every test signs in from 127.0.0.1; per-address throttling has its own integration test.
      NEWSROOM_SIGNIN_IP_LIMIT: "1000",
      AUTH_SECRET: E2E_AUTH_SECRET,
      PORT: String(E2E_PORT),
      HOST: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
