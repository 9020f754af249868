/**
 * The Content-Security-Policy every page is sent with (docs/architecture.md,
 * "Security headers"). Scripts run only if the policy names them: by the
 * request's nonce on pages rendered per request, by their hashes on pages
 * served from the cache; either way with 'strict-dynamic', so the scripts
 * Next.js loads from those are trusted and nothing else is — an address
 * allowlist ('self') is there only for browsers without 'strict-dynamic'.
 */

/** Directives every page shares. Styles may be inline: see the note on `style-src` below. */
const COMMON: readonly (readonly [string, ...string[]])[] = [
  ["default-src", "'self'"],
  // React's style attributes, Next.js's font and route-announcer styles and the editor's
  // (ProseMirror) inline styles. CSS cannot run script, and with images, fonts and
  // fetches held to our own origin an injected style has nowhere to send what it reads.
  ["style-src", "'self'", "'unsafe-inline'"],
  ["img-src", "'self'", "data:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
  ["frame-ancestors", "'none'"],
];

/** `imageOrigins`: where else pictures come from (MEDIA_PUBLIC_URL's CDN or bucket), as origins. */
function serialize(scriptSrc: string[], imageOrigins: readonly string[]): string {
  const directives = COMMON.map((d) => (d[0] === "img-src" ? [...d, ...imageOrigins] : d));
  return [["script-src", ...scriptSrc], ...directives].map((directive) => directive.join(" ")).join("; ");
}

/** A nonce as CSP writes it: base64 or base64url, as Next.js reads it back from the policy. */
const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/**
 * A page rendered for this request: Next.js puts `nonce` on each script it
 * writes. React's development build evaluates code to rebuild stacks, so
 * `next dev` also gets 'unsafe-eval'; production never does.
 */
export function noncePolicy(nonce: string, options: { dev: boolean; imageOrigins?: readonly string[] }): string {
  if (!NONCE.test(nonce)) throw new Error("A CSP nonce must be at least 16 base64 characters");
  return serialize([`'nonce-${nonce}'`, "'strict-dynamic'", "'self'", ...(options.dev ? ["'unsafe-eval'"] : [])], options.imageOrigins ?? []);
}

/**
 * A page served from the cache, the same bytes to every reader: its scripts
 * are allowed by their hashes (lib/http/script-hashes.ts). With no hashes at
 * all, no script runs — the page still reads, it only stays static.
 */
export function hashPolicy(scriptHashes: readonly string[], imageOrigins: readonly string[] = []): string {
  return serialize([...scriptHashes, "'strict-dynamic'", "'self'"], imageOrigins);
}

/** 16 random bytes, base64: a new one for every request that reaches the proxy. */
export function freshNonce(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return btoa(String.fromCharCode(...random(new Uint8Array(16))));
}
