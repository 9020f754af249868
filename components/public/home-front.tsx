import Link from "next/link";
import { storyPath } from "@/db/queries/public-stories";
import type { Front } from "@/lib/home/front";
import { directionOf, SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import type { Card, Section } from "@/server/public/cached-data";
import { sectionHref } from "@/server/public/section-lookup";
import { siteTranslations } from "@/server/public/site-i18n";
import { StoryList } from "./story-list";
import { CardPicture } from "./card-picture";
import { CardTime } from "./card-time";

export type HomeFrontData = Front<Card, Section> & { sections: Section[] };

/** A story on top of the home page: the lead larger, with its summary; typed text isolated as in StoryArticle. */
function TopStory({ story, section, lead }: { story: Card; section: Section; lead: boolean }) {
  const dir = directionOf(story.language);
  const beside = lead && Boolean(story.picture);
  const text = (
    <div className={beside ? "md:col-span-2" : undefined}>
      <p className="text-sm font-semibold text-accent">
        <Link href={sectionHref(section.slug)}>
          <bdi dir={dir}>{sectionName(section, story.language)}</bdi>
        </Link>
      </p>
      <h2 className={`mt-1 font-serif leading-snug font-bold ${lead ? "text-3xl md:text-4xl" : "text-xl"}`}>
        <Link href={storyPath({ sectionSlug: section.slug, slug: story.slug })} className="hover:underline">
          <bdi dir={dir}>{story.headline}</bdi>
        </Link>
      </h2>
      {story.dek && (lead || story.dek.length < 200) && (
        <p className={`mt-2 text-stone-700 ${lead ? "text-lg" : "line-clamp-3"}`}>
          <bdi dir={dir}>{story.dek}</bdi>
        </p>
      )}
      <CardTime story={story} />
    </div>
  );
  // The headline comes first in reading order; the picture shows above it on a phone and beside the lead's on a wide screen.
  return (
    <article
      lang={story.language}
      dir={dir}
      className={`flex flex-col gap-3 border-b border-stone-200 ${lead ? "pb-6 md:col-span-2" : "pb-4"} ${beside ? "md:grid md:grid-cols-5 md:items-start md:gap-6" : ""}`}
    >
      {text}
      {story.picture && (
        <div className={lead ? "order-first md:order-last md:col-span-3" : "order-first"}>
          <CardPicture picture={story.picture} look={lead ? "lead" : "top"} />
        </div>
      )}
    </article>
  );
}

/**
 * The home page: the lead and top stories an editor chose (or the newest),
 * one rail per section in the sections' order, and the latest stories.
 */
export async function HomeFront({ front }: { front: HomeFrontData }) {
  const t = await siteTranslations("site");
  const sections = new Map(front.sections.map((s) => [s.id, s]));
  const top = front.top.flatMap((story) => {
    const section = sections.get(story.sectionId);
    return section ? [{ story, section }] : [];
  });
  return (
    <div className="space-y-12">
      <section aria-labelledby="top-stories">
        <h1 id="top-stories" className="mb-4 border-b-2 border-accent pb-1 font-serif text-2xl font-bold text-accent">
          {t("topStories")}
        </h1>
        {top.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <div className="grid gap-6 md:grid-cols-2" data-testid="top-stories">
            {top.map(({ story, section }, i) => (
              <TopStory key={story.id} story={story} section={section} lead={i === 0} />
            ))}
          </div>
        )}
      </section>
      {front.rails.map(({ section, stories }) => {
        const name = sectionName(section, SITE_LOCALE);
        return (
          <section key={section.id} aria-labelledby={`rail-${section.id}`} data-testid="section-rail">
            <h2 id={`rail-${section.id}`} className="mb-2 border-b-2 border-accent pb-1 font-serif text-2xl font-bold text-accent">
              <Link href={sectionHref(section.slug)}>
                <bdi>{name}</bdi>
              </Link>
            </h2>
            <StoryList stories={stories} sections={[section]} showSection={false} level={3} compact />
            <Link href={sectionHref(section.slug)} className="mt-2 inline-block text-sm font-semibold text-accent underline">
              {t("sectionMore", { section: name })}
            </Link>
          </section>
        );
      })}
      {front.latest.length > 0 && (
        <section aria-labelledby="latest">
          <h2 id="latest" className="mb-2 text-xl font-bold text-stone-700">
            {t("latest")}
          </h2>
          {/* The top stories carry the home page's pictures; the latest list stays light. */}
          <StoryList stories={front.latest} sections={front.sections} level={3} pictures={false} />
        </section>
      )}
    </div>
  );
}
