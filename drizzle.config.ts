import { defineConfig } from "drizzle-kit";

// Only drizzle-kit uses this file (`npm run db:generate`, and `npm run db:check`
// with `out` moved to a scratch copy); migrations are applied by
// scripts/db-migrate.ts and at start-up, against whichever database is in use.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
