import "server-only";
import { env } from "@/lib/env";
import { baseUrlOf } from "@/lib/site/base-url";

/**
 * Where readers reach the site, for every absolute address the public pages,
 * feeds and sitemaps name. Public pages read no request header (they are
 * cached for everyone), so without NEWSROOM_PUBLIC_URL the app names its own
 * listening address.
 */
export function publicBaseUrl(): string {
  return baseUrlOf(env());
}
