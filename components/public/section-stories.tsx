import { notFound, permanentRedirect } from "next/navigation";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { sectionStoriesCursor } from "@/lib/site/cursors";
import { sectionStoryPage, storyCards } from "@/server/public/cached-data";
import { feedPath } from "@/lib/site/feed-paths";
import { findVisibleSection, sectionHref } from "@/server/public/section-lookup";
import { siteTranslations } from "@/server/public/site-i18n";
import { PagedStories } from "./paged-stories";
import { StoryList } from "./story-list";

/**
 * A section's page: its stories, newest first, twenty at a time, each further
 * page at /<section>/older/<cursor>. A hidden or unknown section, and a
 * cursor that is not one of ours, are not found; an old address of the
 * section redirects for good.
 */
export async function SectionStories({ param, cursor }: { param: string; cursor: string | null }) {
  const found = await findVisibleSection(param);
  if (!found) notFound();
  const { section } = found;
  if (found.moved) permanentRedirect(sectionHref(section.slug, cursor ?? undefined));
  const position = cursor === null ? null : sectionStoriesCursor.decode(cursor);
  if (position && !position.ok) notFound();
  const page = await sectionStoryPage(section.id, position ? position.data : null);
  if (cursor !== null && page.ids.length === 0) notFound();
  const [t, stories] = await Promise.all([siteTranslations("site"), storyCards(page.ids)]);
  const name = sectionName(section, SITE_LOCALE);
  return (
    <PagedStories
      headingId="section-name"
      name={name}
      isFirstPage={cursor === null}
      olderHref={page.next && sectionHref(section.slug, sectionStoriesCursor.encode(page.next))}
      newestHref={sectionHref(section.slug)}
      pagesLabel={t("pages")}
      extraLinks={
        <a href={feedPath("rss", section)} className="text-stone-600 underline" type="application/rss+xml">
          {t("feeds")}
        </a>
      }
    >
      {stories.length === 0 ? <p>{t("sectionEmpty")}</p> : <StoryList stories={stories} sections={[section]} showSection={false} />}
    </PagedStories>
  );
}
