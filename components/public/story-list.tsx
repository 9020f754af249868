import Link from "next/link";
import { storyPath } from "@/db/queries/public-stories";
import { directionOf } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import type { Card, Section } from "@/server/public/cached-data";
import { CardPicture } from "./card-picture";
import { CardTime } from "./card-time";

/**
 * Published stories as a list of headlines with their summary, time and
 * featured picture, each linking to its page; with its section's name above it unless the
 * whole list is one section's.
 */
export function StoryList({
  stories,
  sections,
  showSection = true,
  level = 2,
  compact = false,
  pictures = true,
}: {
  stories: Card[];
  sections: Section[];
  showSection?: boolean;
  /** The headlines' heading level: 3 under a heading of the page's own. */
  level?: 2 | 3;
  /** Headlines and times only, as in the home page's rails. */
  compact?: boolean;
  /** Each story's featured picture beside it (not in compact lists). */
  pictures?: boolean;
}) {
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <ol className="divide-y divide-stone-200">
      {stories.flatMap((story) => {
        const section = sectionsById.get(story.sectionId);
        if (!section) return [];
        // Typed text isolated in <bdi>, in the story's direction (see StoryArticle).
        const dir = directionOf(story.language);
        return (
          <li key={story.id} className={compact ? "py-3" : "flex items-start gap-4 py-5"} lang={story.language} dir={dir}>
            <div className="min-w-0 flex-1">
              {showSection && (
                <p className="text-sm font-semibold text-accent">
                  <bdi dir={dir}>{sectionName(section, story.language)}</bdi>
                </p>
              )}
              <Heading className={`mt-1 font-serif leading-snug font-bold ${compact ? "text-lg" : "text-2xl"}`}>
                <Link href={storyPath({ sectionSlug: section.slug, slug: story.slug })} className="hover:underline">
                  <bdi dir={dir}>{story.headline}</bdi>
                </Link>
              </Heading>
              {story.dek && !compact && (
                <p className="mt-2 text-stone-700">
                  <bdi dir={dir}>{story.dek}</bdi>
                </p>
              )}
              <CardTime story={story} />
            </div>
            {story.picture && pictures && !compact && <CardPicture picture={story.picture} look="thumb" />}
          </li>
        );
      })}
    </ol>
  );
}
