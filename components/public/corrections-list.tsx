import Link from "next/link";
import { notFound } from "next/navigation";
import { storyPath } from "@/db/queries/public-stories";
import { env } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locale";
import { correctionsCursor } from "@/lib/site/cursors";
import { formatStoryTime } from "@/lib/time/format";
import { correctionsPage, sectionsById, storyCards } from "@/server/public/cached-data";
import { siteTranslations } from "@/server/public/site-i18n";

const correctionsHref = (cursor?: string) => `/corrections${cursor ? `/older/${cursor}` : ""}`;

/**
 * Every correction the newsroom published, newest first, twenty at a time:
 * when, on which story, and what readers were told. A cursor that is not
 * one of ours is not found.
 */
export async function CorrectionsList({ cursor }: { cursor: string | null }) {
  const position = cursor === null ? null : correctionsCursor.decode(cursor);
  if (position && !position.ok) notFound();
  const page = await correctionsPage(position ? position.data : null);
  if (cursor !== null && page.items.length === 0) notFound();
  const [t, cards] = await Promise.all([siteTranslations("site"), storyCards([...new Set(page.items.map((c) => c.storyId))])]);
  const sections = new Map((await sectionsById(cards.map((c) => c.sectionId))).map((s) => [s.id, s]));
  const stories = new Map(cards.map((c) => [c.id, c]));
  const zone = env().NEWSROOM_TIMEZONE;
  return (
    <section aria-labelledby="corrections-title">
      <h1 id="corrections-title" className="mb-2 font-serif text-3xl font-bold text-accent">
        {t("correctionsTitle")}
        {cursor !== null && <span className="ms-3 text-lg font-normal text-stone-600">{t("olderCorrections")}</span>}
      </h1>
      <p className="mb-6 text-stone-700">{t("correctionsIntro")}</p>
      {page.items.length === 0 ? (
        <p>{t("correctionsEmpty")}</p>
      ) : (
        <ol className="divide-y divide-stone-200">
          {page.items.flatMap((correction) => {
            const story = stories.get(correction.storyId);
            const section = story && sections.get(story.sectionId);
            if (!story || !section) return [];
            const dir = directionOf(story.language);
            return (
              <li key={correction.id} className="py-5" lang={story.language} dir={dir}>
                <time dateTime={correction.at} className="block text-sm text-stone-500">
                  {formatStoryTime(new Date(correction.at), story.language, zone)}
                </time>
                <h2 className="mt-1 font-serif text-xl leading-snug font-bold">
                  <Link href={storyPath({ sectionSlug: section.slug, slug: story.slug })} className="hover:underline">
                    <bdi dir={dir}>{story.headline}</bdi>
                  </Link>
                </h2>
                <p className="mt-2 text-stone-800">
                  <bdi dir={dir}>{correction.text}</bdi>
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <nav aria-label={t("pages")} className="mt-8 flex flex-wrap justify-between gap-4">
        {page.next && (
          <Link href={correctionsHref(correctionsCursor.encode(page.next))} rel="next" className="font-semibold text-accent underline">
            {t("olderCorrections")}
          </Link>
        )}
        {cursor !== null && (
          <Link href={correctionsHref()} className="font-semibold text-accent underline">
            {t("newestCorrections")}
          </Link>
        )}
      </nav>
    </section>
  );
}
