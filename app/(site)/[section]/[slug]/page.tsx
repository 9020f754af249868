import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { StoryArticle } from "@/components/public/story-article";
import { storyPath } from "@/db/queries/public-stories";
import { neutraliseBidiControls } from "@/lib/arabic/bidi";
import { sectionName } from "@/lib/i18n/section-name";
import { relatedStoryIds } from "@/lib/richtext/related";
import { bylineNames, publicStory, sectionsById, storyCards, storyIdAt } from "@/server/public/cached-data";
import { resolveRelated } from "@/server/public/related-links";

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

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug } = await params;
  const found = await findStory(section, slug);
  if (!found || found.movedTo) return {};
  // A <title> cannot isolate text with markup: rows stored before input was
  // cleaned may still hold an unpaired override that would reverse the site name after it.
  const { headline, dek } = found.story;
  return { title: neutraliseBidiControls(headline), description: dek ? neutraliseBidiControls(dek) : undefined };
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
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return (
    <StoryArticle
      story={{
        language: story.language,
        sectionName: sectionName(section, story.language),
        headline: story.headline,
        dek: story.dek,
        authors: story.authorIds.flatMap((id) => names.get(id) ?? []),
        publishedAt: story.publishedAt ? new Date(story.publishedAt) : null,
        body: story.body,
      }}
      related={related}
    />
  );
}
