import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { RichText, type ResolvedRelated } from "@/components/public/rich-text";
import { getDb } from "@/db";
import { findRetiredSlug } from "@/db/queries/articles";
import { findPublishedStoriesByIds, findPublishedStory, storyPath } from "@/db/queries/public-stories";
import { env } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locale";
import { relatedStoryIds } from "@/lib/richtext/related";
import { formatStoryTime } from "@/lib/time/format";

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
  if (!story) {
    // An address the story had before it moved answers with a permanent redirect.
    const movedId = await findRetiredSlug(getDb(), decode(section), decode(slug));
    const [moved] = movedId ? await findPublishedStoriesByIds(getDb(), [movedId]) : [];
    if (moved) permanentRedirect(storyPath(moved));
    notFound();
  }
  const t = await getTranslations("site");
  const relatedStories = await findPublishedStoriesByIds(getDb(), relatedStoryIds(story.body));
  const related: ResolvedRelated = new Map(relatedStories.map((r) => [r.id, { headline: r.headline, href: storyPath(r) }]));
  const dir = directionOf(story.language);

  return (
    <article lang={story.language} dir={dir} className="mx-auto max-w-3xl">
      <header className="mb-8 border-b border-stone-200 pb-6">
        <p className="text-sm font-semibold text-accent">
          <Link href="/">{story.language === "ar" ? story.sectionNameAr : story.sectionNameEn}</Link>
        </p>
        <h1 className="mt-2 font-serif text-4xl leading-tight font-bold">{story.headline}</h1>
        {story.dek && <p className="mt-3 text-lg text-stone-700">{story.dek}</p>}
        <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
          {story.authors.length > 0 && <span>{t("by", { names: story.authors.join(story.language === "ar" ? "، " : ", ") })}</span>}
          {story.publishedAt && (
            <time dateTime={story.publishedAt.toISOString()}>
              {formatStoryTime(story.publishedAt, story.language, env().NEWSROOM_TIMEZONE)}
            </time>
          )}
        </div>
      </header>
      <div className="font-serif text-xl leading-loose">
        <RichText doc={story.body} language={story.language} related={related} />
      </div>
    </article>
  );
}
