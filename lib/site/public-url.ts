// Readers, crawlers and chat apps are given whole addresses: a feed or sitemap entry, a canonical link or a
// share link with a relative path means nothing outside the page it came from.

/**
 * The site's public base as configured (`https://news.example`, or with a path prefix such as
 * `https://example.org/news/`), normalised to no trailing slash; null when it is not an http(s)
 * URL or carries credentials, a query or a fragment, none of which a base can sensibly prefix.
 */
export function parsePublicBase(value: string): string | null {
  if (/[?#]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) return null;
  return url.origin + url.pathname.replace(/\/+$/, "");
}

/**
 * `path` (an app path, already percent-encoded as the app builds story paths) under the public base.
 * The URL parser encodes only what is not yet encoded, so `%D8%AA` stays as it is and a raw `ت`
 * becomes `%D8%AA`: nothing is encoded twice.
 */
export function absoluteUrl(base: string, path: string): string {
  const root = parsePublicBase(base);
  if (root === null) throw new TypeError(`Not a public base URL: ${base}`);
  // "//host/…" would be read as another host; every app path has exactly one leading slash.
  if (!path.startsWith("/") || path.startsWith("//")) throw new TypeError(`Not an app path: ${path}`);
  const url = new URL(root + path);
  if (url.origin !== new URL(root).origin) throw new TypeError(`Not an app path: ${path}`);
  return url.href;
}

/** `url` itself when it is an absolute http(s) URL; anything else is a caller's bug, not a reader's problem. */
export function requireAbsoluteUrl(url: string): string {
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new TypeError(`Not an absolute http(s) URL: ${url}`);
  return url;
}
