import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { ResolvedRelated } from "@/components/public/rich-text";
import { StoryArticle } from "@/components/public/story-article";
import { getDb } from "@/db";
import { findPublishedStoriesByIds, findPublishedStory, storyPath } from "@/db/queries/public-stories";
import { relatedStoryIds } from "@/lib/richtext/related";

type Params = { params: Promise<{ section: string; slug: string }> };

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const loadStory = cache(async (section: string, slug: string) =>
  findPublishedStory(getDb(), decode(section), decode(slug)),
);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { section, slug } = await params;
  const story = await loadStory(section, slug);
  return story ? { title: story.headline, description: story.dek ?? undefined } : {};
}

export default async function StoryPage({ params }: Params) {
  const { section, slug } = await params;
  const story = await loadStory(section, slug);
  // Addresses a story had before it moved are redirected by proxy.ts.
  if (!story) notFound();
  const relatedStories = await findPublishedStoriesByIds(getDb(), relatedStoryIds(story.body));
  const related: ResolvedRelated = new Map(relatedStories.map((r) => [r.id, { headline: r.headline, href: storyPath(r) }]));
  const sectionName = story.language === "ar" ? story.sectionNameAr : story.sectionNameEn;
  return <StoryArticle story={{ ...story, sectionName }} related={related} />;
}
