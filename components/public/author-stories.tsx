import { notFound } from "next/navigation";
import { authorHref, authorSlugFrom } from "@/lib/site/author-paths";
import { authorStoriesCursor } from "@/lib/site/cursors";
import { authorIdAt, authorStoryPage, bylineNames, sectionsById, storyCards } from "@/server/public/cached-data";
import { siteTranslations } from "@/server/public/site-i18n";
import { PagedStories } from "./paged-stories";
import { StoryList } from "./story-list";

/** The person an author page's address names, when they have a published story; else null. */
export async function findAuthor(param: string): Promise<{ id: string; name: string; slug: string } | null> {
  const slug = authorSlugFrom(param);
  const id = slug === null ? null : await authorIdAt(slug);
  if (!id) return null;
  const [[person], first] = await Promise.all([bylineNames([id]), authorStoryPage(id, null)]);
  return person && first.ids.length > 0 ? person : null;
}

/**
 * A person's page: their name and their published stories, newest first,
 * twenty at a time. Nothing about their role or account: readers know them
 * by their bylines. Someone with no published story has no page.
 */
export async function AuthorStories({ param, cursor }: { param: string; cursor: string | null }) {
  const author = await findAuthor(param);
  if (!author) notFound();
  const position = cursor === null ? null : authorStoriesCursor.decode(cursor);
  if (position && !position.ok) notFound();
  const page = await authorStoryPage(author.id, position ? position.data : null);
  if (page.ids.length === 0) notFound();
  const [t, stories] = await Promise.all([siteTranslations("site"), storyCards(page.ids)]);
  const sections = await sectionsById(stories.map((s) => s.sectionId));
  return (
    <PagedStories
      headingId="author-name"
      name={author.name}
      isFirstPage={cursor === null}
      olderHref={page.next && authorHref(author.slug, authorStoriesCursor.encode(page.next))}
      newestHref={authorHref(author.slug)}
      pagesLabel={t("authorPages")}
    >
      <StoryList stories={stories} sections={sections} />
    </PagedStories>
  );
}
