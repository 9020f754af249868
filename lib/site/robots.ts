import { absoluteUrl, parsePublicBase } from "./public-url";

// The desk, the admin screens, sign-in, invitations and the API are nobody's search result.
const PRIVATE_PATHS = ["/dashboard", "/admin", "/api/", "/login", "/invite/"];

/**
 * robots.txt: crawlers may read everything public, not the app's private paths (under the base's
 * path prefix, if it has one), and are told where the sitemaps are (`sitemapPaths`, app paths).
 */
export function robotsTxt(base: string, sitemapPaths: readonly string[]): string {
  const root = parsePublicBase(base);
  if (root === null) throw new TypeError(`Not a public base URL: ${base}`);
  const prefix = new URL(root).pathname.replace(/\/$/, "");
  const rules = ["User-agent: *", ...PRIVATE_PATHS.map((path) => `Disallow: ${prefix}${path}`), `Allow: ${prefix}/`];
  const sitemaps = sitemapPaths.map((path) => `Sitemap: ${absoluteUrl(base, path)}`);
  return [rules, sitemaps]
    .filter((group) => group.length > 0)
    .map((group) => `${group.join("\n")}\n`)
    .join("\n");
}
