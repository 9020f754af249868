import Link from "next/link";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { sectionStoryPage, storyCards, type Section } from "@/server/public/cached-data";
import { sectionHref } from "@/server/public/section-lookup";
import { siteTranslations } from "@/server/public/site-i18n";
import { StoryList } from "./story-list";

const MORE_COUNT = 4;

/** Under a story: its section's newest other stories, and the way to the section's page. */
export async function MoreFromSection({ section, exceptId }: { section: Section; exceptId: string }) {
  const page = await sectionStoryPage(section.id, null, MORE_COUNT + 1);
  const ids = page.ids.filter((id) => id !== exceptId).slice(0, MORE_COUNT);
  if (ids.length === 0) return null;
  const [t, stories] = await Promise.all([siteTranslations("site"), storyCards(ids)]);
  const name = sectionName(section, SITE_LOCALE);
  return (
    <aside aria-labelledby="more-from-section" className="mx-auto mt-12 max-w-3xl print:hidden" data-testid="more-from-section">
      <h2 id="more-from-section" className="border-b-2 border-accent pb-1 font-serif text-xl font-bold text-accent">
        {t("sectionMore", { section: name })}
      </h2>
      <StoryList stories={stories} sections={[section]} showSection={false} level={3} compact />
      <Link href={sectionHref(section.slug)} className="mt-2 inline-block text-sm font-semibold text-accent underline">
        <bdi>{name}</bdi>
      </Link>
    </aside>
  );
}
