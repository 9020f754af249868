import "server-only";
import { env } from "@/lib/env";

/**
 * Where readers reach the site, for every absolute address the public pages,
 * feeds and sitemaps name. Public pages read no request header (they are
 * cached for everyone), so without NEWSROOM_PUBLIC_URL the app names its own
 * listening address.
 */
export function publicBaseUrl(): string {
  const { NEWSROOM_PUBLIC_URL, HOST, PORT } = env();
  if (NEWSROOM_PUBLIC_URL) return NEWSROOM_PUBLIC_URL;
  const host = HOST === "0.0.0.0" || HOST === "::" ? "localhost" : HOST.includes(":") ? `[${HOST}]` : HOST;
  return `http://${host}:${PORT}`;
}
