import Link from "next/link";
import { storyPath } from "@/db/queries/public-stories";
import { env } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { formatStoryTime } from "@/lib/time/format";
import type { Card, Section } from "@/server/public/cached-data";
import { siteTranslations } from "@/server/public/site-i18n";

/** The home page's list: newest published stories with their section, summary and time. */
export async function LatestStories({ stories, sections }: { stories: Card[]; sections: Section[] }) {
  const t = await siteTranslations("site");
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  return (
    <section aria-labelledby="latest">
      <h1 id="latest" className="mb-6 text-xl font-bold text-stone-700">
        {t("latest")}
      </h1>
      {stories.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-stone-200">
          {stories.flatMap((story) => {
            const section = sectionsById.get(story.sectionId);
            if (!section) return [];
            // Typed text isolated in <bdi>, in the story's direction (see StoryArticle).
            const dir = directionOf(story.language);
            return (
              <li key={story.id} className="py-5" lang={story.language} dir={dir}>
                <p className="text-sm font-semibold text-accent">
                  <bdi dir={dir}>{sectionName(section, story.language)}</bdi>
                </p>
                <h2 className="mt-1 font-serif text-2xl leading-snug font-bold">
                  <Link href={storyPath({ sectionSlug: section.slug, slug: story.slug })} className="hover:underline">
                    <bdi dir={dir}>{story.headline}</bdi>
                  </Link>
                </h2>
                {story.dek && (
                  <p className="mt-2 text-stone-700">
                    <bdi dir={dir}>{story.dek}</bdi>
                  </p>
                )}
                {story.publishedAt && (
                  <time dateTime={story.publishedAt} className="mt-2 block text-sm text-stone-500">
                    {formatStoryTime(new Date(story.publishedAt), story.language, env().NEWSROOM_TIMEZONE)}
                  </time>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
