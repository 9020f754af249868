import type { Metadata } from "next";
import { AuthorStories, findAuthor } from "@/components/public/author-stories";
import { siteTranslations } from "@/server/public/site-i18n";

// Cached like the person's first page, and made stale by the same changes.
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string; cursor: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [author, t] = await Promise.all([findAuthor((await params).slug), siteTranslations("site")]);
  // Pages of older stories are for readers; search engines find every story through the sitemaps.
  return author ? { title: `${author.name} · ${t("olderStories")}`, robots: { index: false, follow: true } } : {};
}

export default async function OlderAuthorStories({ params }: Params) {
  const { slug, cursor } = await params;
  return <AuthorStories param={slug} cursor={cursor} />;
}
