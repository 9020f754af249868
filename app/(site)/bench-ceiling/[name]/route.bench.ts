import { readCeilingCopy } from "../copy";

/**
 * A public page's ceiling for `npm run bench:site`: the same bytes as the
 * page, answered from the cache from the first request on, as the real pages
 * are until a change expires them. Only NEWSROOM_BENCH=1 builds have it
 * (next.config.ts).
 */
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const copy = await readCeilingCopy((await params).name);
  if (!copy) return new Response("Not found", { status: 404 });
  return new Response(copy.body, { headers: { "Content-Type": copy.contentType } });
}
