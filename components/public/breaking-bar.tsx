import Link from "next/link";
import { storyPath } from "@/db/queries/public-stories";
import { directionOf } from "@/lib/i18n/locale";
import { breakingStoryIds, sectionsById, storyCards } from "@/server/public/cached-data";
import { siteTranslations } from "@/server/public/site-i18n";

/**
 * «عاجل»: the stories an editor marked breaking, on every public page until
 * their time is up or the mark is cleared. Nothing at all when there are none.
 */
export async function BreakingBar() {
  const stories = await storyCards(await breakingStoryIds());
  if (stories.length === 0) return null;
  const [t, sections] = await Promise.all([siteTranslations("site"), sectionsById(stories.map((s) => s.sectionId))]);
  const sectionOf = new Map(sections.map((s) => [s.id, s]));
  return (
    <aside aria-labelledby="breaking-label" className="bg-accent text-white print:hidden" data-testid="breaking-bar">
      <div className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-2">
        <h2 id="breaking-label" className="shrink-0 rounded bg-white px-2 py-0.5 text-sm font-bold text-accent">
          {t("breaking")}
        </h2>
        <ul className="flex min-w-0 flex-1 flex-col gap-1">
          {stories.flatMap((story) => {
            const section = sectionOf.get(story.sectionId);
            if (!section) return [];
            const dir = directionOf(story.language);
            return (
              <li key={story.id} lang={story.language} dir={dir} className="font-semibold">
                <Link href={storyPath({ sectionSlug: section.slug, slug: story.slug })} className="underline-offset-4 hover:underline">
                  <bdi dir={dir}>{story.headline}</bdi>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </aside>
  );
}
