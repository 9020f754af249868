/** How long shared caches (nginx, a CDN) keep public pages, and may serve them stale. */
export type PublicCachePolicy = { sMaxAge: number; staleWhileRevalidate: number; staleIfError: number };

export const DEFAULT_PUBLIC_CACHE: PublicCachePolicy = { sMaxAge: 1, staleWhileRevalidate: 60, staleIfError: 86_400 };

const PRIVATE_NO_STORE = "private, no-store";

/**
 * The Cache-Control a response leaves with. Next.js marks the pages it
 * renders once and caches with `s-maxage` (its own lifetime for them); those
 * become public for shared caches, which keep them only briefly because no
 * one can purge them on publish: our own cache is invalidated exactly, theirs
 * expires within `sMaxAge`. Anything carrying a cookie, or that Next.js did
 * not mark at all (route handlers, redirects of the desk), is private and
 * never stored; hashed assets and private pages keep what Next.js set.
 */
export function responseCacheControl(current: string | undefined, setsCookie: boolean, policy: PublicCachePolicy = DEFAULT_PUBLIC_CACHE): string {
  if (setsCookie || !current) return PRIVATE_NO_STORE;
  const directives = current
    .toLowerCase()
    .split(",")
    .map((d) => d.trim());
  const shared = directives.some((d) => d.startsWith("s-maxage="));
  const personal = directives.some((d) => d === "private" || d === "no-store");
  if (!shared || personal) return current;
  return `public, s-maxage=${policy.sMaxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}, stale-if-error=${policy.staleIfError}`;
}
