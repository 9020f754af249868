import { newsSitemap, sitemapPart } from "@/server/public/sitemaps";

// The news sitemap loses stories as they pass 48 hours, which nothing announces: it is kept ten minutes at most.
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const XML = { "Content-Type": "application/xml; charset=utf-8" };

/** /sitemaps/news.xml and the monthly parts the index names (/sitemaps/2026-11.xml, …-2.xml). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === "news.xml") return new Response(await newsSitemap(), { headers: XML });
  const part = await sitemapPart(file);
  return part === null
    ? new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
    : new Response(part, { headers: XML });
}
