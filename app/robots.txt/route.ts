import { robots } from "@/server/public/sitemaps";

export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here

/** What crawlers may read (not the desk), and where the sitemaps are. */
export function GET() {
  return new Response(robots(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
