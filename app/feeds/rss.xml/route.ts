import { FEED_CONTENT_TYPES } from "@/lib/site/feed-paths";
import { siteFeed } from "@/server/public/feeds";

// Built on a reader's first request, then kept until a publication changes it, like the pages (server/public/).
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here

/** The whole site's newest stories. */
export async function GET() {
  return new Response(await siteFeed("rss"), { headers: { "Content-Type": FEED_CONTENT_TYPES.rss } });
}
