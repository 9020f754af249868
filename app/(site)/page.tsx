import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listPublishedStories, storyPath } from "@/db/queries/public-stories";
import { env } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locale";
import { formatStoryTime } from "@/lib/time/format";

export default async function HomePage() {
  await connection();
  const [t, stories] = await Promise.all([getTranslations("site"), listPublishedStories(getDb())]);
  return (
    <section aria-labelledby="latest">
      <h1 id="latest" className="mb-6 text-xl font-bold text-stone-700">
        {t("latest")}
      </h1>
      {stories.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ol className="divide-y divide-stone-200">
          {stories.map((story) => (
            <li key={story.id} className="py-5" lang={story.language} dir={directionOf(story.language)}>
              <p className="text-sm font-semibold text-accent">
                {story.language === "ar" ? story.sectionNameAr : story.sectionNameEn}
              </p>
              <h2 className="mt-1 font-serif text-2xl leading-snug font-bold">
                <Link href={storyPath(story)} className="hover:underline">
                  {story.headline}
                </Link>
              </h2>
              {story.dek && <p className="mt-2 text-stone-700">{story.dek}</p>}
              {story.publishedAt && (
                <time dateTime={story.publishedAt.toISOString()} className="mt-2 block text-sm text-stone-500">
                  {formatStoryTime(story.publishedAt, story.language, env().NEWSROOM_TIMEZONE)}
                </time>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
