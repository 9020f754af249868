import type { Metadata } from "next";
import { AuthorStories, findAuthor } from "@/components/public/author-stories";
import { authorHref } from "@/lib/site/author-paths";
import { absoluteUrl } from "@/lib/site/public-url";
import { publicBaseUrl } from "@/server/public/public-base";

// Rendered on a reader's first visit, then served from the cache until one of the person's
// stories comes or goes, or their name changes (server/public/).
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const author = await findAuthor((await params).slug);
  return author ? { title: author.name, alternates: { canonical: absoluteUrl(publicBaseUrl(), authorHref(author.slug)) } } : {};
}

export default async function AuthorPage({ params }: Params) {
  return <AuthorStories param={(await params).slug} cursor={null} />;
}
