import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listPublishedStories, storyPath } from "@/db/queries/public-stories";
import { directionOf } from "@/lib/i18n/locale";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requireUser();
  const [t, stories] = await Promise.all([getTranslations("dashboard"), listPublishedStories(getDb(), 10)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{t("welcome", { name: user.name })}</h1>
        <p className="mt-2 text-stone-600">{t(`roleIntro.${user.role}`)}</p>
      </div>
      <section aria-labelledby="published-heading" className="rounded border border-stone-200 bg-white p-5">
        <h2 id="published-heading" className="text-lg font-semibold">
          {t("published")}
        </h2>
        {stories.length === 0 ? (
          <p className="mt-3 text-stone-600">{t("none")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-100">
            {stories.map((story) => (
              <li key={story.id} className="py-2" lang={story.language} dir={directionOf(story.language)}>
                <Link href={storyPath(story)} className="hover:underline">
                  {story.headline}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
