import fs from "node:fs";
import path from "node:path";
import { hashPolicy } from "@/lib/http/content-security-policy";
import { hashScripts } from "@/lib/http/script-hashes";
import { renderNonce } from "@/server/render-nonce";
import { mediaImageOrigins } from "@/server/media/public-base";

/**
 * Carries a cached page's own Content-Security-Policy from the cache to our
 * HTTP server, which sends it in place of the proxy's per-request one
 * (scripts/http-server.ts). Stored with the page, so a hit, a 304 and the
 * miss that rendered it all answer with the policy that fits its bytes.
 */
export const PAGE_POLICY_HEADER = "x-newsroom-page-csp";

const manifests = new Map<string, Record<string, string>>();

/**
 * The build's `integrity` for each of its files (`experimental.sri` in
 * next.config.ts), by address. Read once: Next.js makes a cache handler for
 * every request.
 */
export function buildIntegrity(serverDistDir: string | undefined): (src: string) => string | undefined {
  const file = path.join(serverDistDir ?? ".", "subresource-integrity-manifest.json");
  if (!manifests.has(file)) manifests.set(file, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {});
  const manifest = manifests.get(file)!;
  return (src) => {
    const asset = /^\/_next\/([^?#]+)/.exec(src)?.[1];
    return asset === undefined ? undefined : manifest[asset];
  };
}

let warned = false;

/**
 * A rendered page about to be cached, made to carry its own policy: its
 * scripts allowed by their hashes, found by the nonce the proxy gave the
 * request that rendered it (server/render-nonce.ts). Without that nonce
 * nothing is trusted and no script runs: the page reads, static.
 */
export function sealPage(html: string, integrityOf: (src: string) => string | undefined): { html: string; policy: string } {
  const nonce = renderNonce();
  if (!nonce) {
    if (!warned) console.warn("A page was cached with no render nonce known: it is served without scripts. Is the proxy running for it?");
    warned = true;
    return { html, policy: hashPolicy([], mediaImageOrigins()) };
  }
  const sealed = hashScripts(html, nonce, integrityOf);
  return { html: sealed.html, policy: hashPolicy(sealed.hashes, mediaImageOrigins()) };
}
