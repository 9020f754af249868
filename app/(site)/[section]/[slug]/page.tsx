import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { sectionHref } from "@/server/public/section-lookup";
import { MoreFromSection } from "@/components/public/more-from-section";
import { StoryArticle } from "@/components/public/story-article";
import { storyPath } from "@/db/queries/public-stories";
import { neutraliseBidiControls } from "@/lib/arabic/bidi";
import { sectionName } from "@/lib/i18n/section-name";
import { relatedStoryIds } from "@/lib/richtext/related";
import { openingParagraph } from "@/lib/richtext/text";
import { articlePreview } from "@/lib/site/open-graph";
import { authorHref } from "@/lib/site/author-paths";
import { absoluteUrl } from "@/lib/site/public-url";
import { jsonLdScript, newsArticleJsonLd } from "@/lib/site/structured-data";
import { bylineNames, publicStory, sectionsById, storyCards, storyIdAt } from "@/server/public/cached-data";
import { publicBaseUrl } from "@/server/public/public-base";
import { mediaPublicBase } from "@/server/media/public-base";
import { pictureForReaders } from "@/lib/media/picture";
import { bodyPicturesFrom } from "@/server/media/readers-pictures";
import { resolveRelated } from "@/server/public/related-links";
import { siteTranslations } from "@/server/public/site-i18n";

// Rendered on a reader's first visit, then served from the cache until a change
// to what it shows invalidates it (server/public/); the hour is only a safety net.
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ section: string; slug: string }> };

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The story at this address; or where it lives now, when the address is one it had before. */
const findStory = cache(async (sectionParam: string, slugParam: string) => {
  const [sectionSlug, slug] = [decode(sectionParam), decode(slugParam)];
  const id = await storyIdAt(sectionSlug, slug);
  const story = id ? await publicStory(id) : null;
  const [section] = story ? await sectionsById([story.sectionId]) : [];
  if (!story || !section) return null;
  const here = section.slug === sectionSlug && story.slug === slug;
  return { story, section, movedTo: here ? null : storyPath({ sectionSlug: section.slug, slug: story.slug }) };
});

/** The featured picture with its sources, as the page and its previews use them. */
function pictureOf(story: NonNullable<Awaited<ReturnType<typeof findStory>>>["story"]) {
  return story.picture && pictureForReaders(story.picture, mediaPublicBase());
}

/** The story's canonical address, as readers reach the site. */
function canonicalUrl(found: NonNullable<Awaited<ReturnType<typeof findStory>>>): string {
  return absoluteUrl(publicBaseUrl(), storyPath({ sectionSlug: found.section.slug, slug: found.story.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug } = await params;
  const found = await findStory(section, slug);
  if (!found || found.movedTo) return {};
  const t = await siteTranslations("site");
  // A <title> or a meta tag cannot isolate text with markup: rows stored before input was
  // cleaned may still hold an unpaired override that would reverse the text after it.
  const { story } = found;
  const preview = articlePreview({
    headline: neutraliseBidiControls(story.headline),
    summary: story.dek ? neutraliseBidiControls(story.dek) : null,
    opening: neutraliseBidiControls(openingParagraph(story.body) ?? ""),
    url: canonicalUrl(found),
    siteName: t("name"),
    language: story.language,
    section: sectionName(found.section, story.language),
    publishedAt: new Date(story.publishedAt ?? story.updatedAt),
    updatedAt: new Date(story.updatedAt),
  });
  // A story without a featured picture is previewed with the first picture in its text.
  const shown = story.picture ?? Object.values(story.bodyPictures)[0];
  const share = shown && pictureForReaders(shown, mediaPublicBase()).sources.share;
  const image = share && {
    url: share.url.startsWith("/") ? absoluteUrl(publicBaseUrl(), share.url) : share.url,
    width: share.width,
    height: share.height,
    alt: shown.decorative ? undefined : (shown.alt ?? undefined),
  };
  return {
    title: preview.title,
    description: preview.description ?? undefined,
    alternates: { canonical: preview.url },
    openGraph: {
      type: "article",
      title: preview.title,
      description: preview.description ?? undefined,
      url: preview.url,
      siteName: preview.siteName,
      locale: preview.locale,
      publishedTime: preview.publishedTime,
      modifiedTime: preview.modifiedTime,
      section: preview.section,
      ...(image ? { images: [image] } : {}),
    },
    twitter: {
      card: image ? "summary_large_image" : preview.twitter.card,
      title: preview.twitter.title,
      description: preview.twitter.description ?? undefined,
      ...(image ? { images: [image] } : {}),
    },
  };
}

export default async function StoryPage({ params }: Params) {
  const { section: sectionParam, slug } = await params;
  const found = await findStory(sectionParam, slug);
  if (!found) notFound();
  if (found.movedTo) permanentRedirect(found.movedTo);
  const { story, section } = found;
  const [authors, related] = await Promise.all([
    bylineNames(story.authorIds),
    resolveRelated(relatedStoryIds(story.body), { cards: storyCards, sections: sectionsById }),
  ]);
  const byId = new Map(authors.map((a) => [a.id, a]));
  const t = await siteTranslations("site");
  const url = canonicalUrl(found);
  const publishedAt = new Date(story.publishedAt ?? story.updatedAt);
  const jsonLd = newsArticleJsonLd(
    {
      url,
      headline: story.headline,
      summary: story.dek,
      language: story.language,
      section: sectionName(section, story.language),
      authors: story.authorIds.flatMap((id) => {
        const author = byId.get(id);
        return author ? [{ name: author.name, url: absoluteUrl(publicBaseUrl(), authorHref(author.slug)) }] : [];
      }),
      publishedAt,
      updatedAt: new Date(story.updatedAt),
      corrections: story.corrections.map((c) => ({ text: c.text, at: new Date(c.at) })),
    },
    { name: t("name"), url: absoluteUrl(publicBaseUrl(), "/") },
  );
  return (
    <>
      <StoryArticle
        story={{
          language: story.language,
          sectionName: sectionName(section, story.language),
          sectionHref: sectionHref(section.slug),
          headline: story.headline,
          dek: story.dek,
          authors: story.authorIds.flatMap((id) => {
            const author = byId.get(id);
            return author ? [{ name: author.name, href: authorHref(author.slug) }] : [];
          }),
          publishedAt: story.publishedAt ? new Date(story.publishedAt) : null,
          updatedAt: new Date(story.updatedAt),
          body: story.body,
          corrections: story.corrections.map((c) => ({ text: c.text, at: new Date(c.at) })),
          datelineAt: story.datelineAt ? new Date(story.datelineAt) : null,
          picture: pictureOf(story),
          bodyPictures: bodyPicturesFrom(story.bodyPictures),
        }}
        related={related}
        published={{ url, jsonLd: jsonLdScript(jsonLd) }}
      />
      <MoreFromSection section={section} exceptId={story.id} />
    </>
  );
}
