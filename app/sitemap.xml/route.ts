import { sitemapIndex } from "@/server/public/sitemaps";

// Built on first request and kept until a publication changes it (server/public/).
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here

export async function GET() {
  return new Response(await sitemapIndex(), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
