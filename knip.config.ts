import type { KnipConfig } from "knip";

// Knip finds most entry points through its plugins: Next.js (app/, proxy.ts,
// next.config.ts), vitest (both projects and the integration global setup),
// Playwright (e2e specs), drizzle-kit (drizzle.config.ts) and the tsx
// commands in package.json's scripts. Listed here is only what they miss.
const config: KnipConfig = {
  entry: [
    // next.config.ts hands this file to Next.js by path, for `npm start` only.
    "server/public/cache-handler.ts",
    // The Playwright setup project matches it with a regular expression.
    "e2e/auth.setup.ts",
  ],
  // app/fonts.ts points next/font/local at the font files inside these packages.
  ignoreDependencies: ["@fontsource/noto-naskh-arabic", "@fontsource/noto-sans-arabic"],
  // System tools db/runtime/relocated-postgres.ts runs when it creates the postgres user.
  ignoreBinaries: ["groupadd", "useradd"],
};

export default config;
