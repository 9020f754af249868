import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StoryArticle } from "@/components/public/story-article";
import { getDb } from "@/db";
import { findPublicSections, findStoryCards } from "@/db/queries/public-stories";
import { getArticle } from "@/db/services/article-read";
import { toActor } from "@/lib/authz/roles";
import { sectionName } from "@/lib/i18n/section-name";
import { relatedStoryIds } from "@/lib/richtext/related";
import { articleIdSchema } from "@/lib/validation/article";
import { resolveRelated } from "@/server/public/related-links";
import { picturesForDesk } from "@/server/media/readers-pictures";
import { picturesShown } from "@/lib/media/uses";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("preview"))("link"), robots: { index: false } };
}

/** The working revision in the public article template, marked as a preview. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = toActor(await requireUser());
  const { id } = await params;
  if (!articleIdSchema.safeParse(id).success) notFound();
  const result = await getArticle(getDb(), actor, id);
  if (!result.ok || !result.data.working) notFound();
  const story = result.data;
  const working = result.data.working;
  const t = await getTranslations("preview");
  const [related, pictures] = await Promise.all([
    resolveRelated(relatedStoryIds(working.body), {
      cards: (ids) => findStoryCards(getDb(), ids),
      sections: (ids) => findPublicSections(getDb(), ids),
    }),
    picturesForDesk(picturesShown({ featuredImageId: story.featuredImageId, body: working.body })),
  ]);
  return (
    <div className="space-y-6">
      <div
        role="note"
        className="flex flex-wrap items-center justify-between gap-3 rounded border-2 border-dashed border-amber-500 bg-amber-50 px-4 py-2 text-amber-900"
        data-testid="preview-banner"
      >
        <strong>{t("banner")}</strong>
        <Link href={`/dashboard/articles/${id}`} className="underline">
          {t("back")}
        </Link>
      </div>
      <div className="rounded bg-white py-8">
        <StoryArticle
          story={{
            language: story.language,
            sectionName: sectionName(story.section, story.language),
            sectionHref: `/${encodeURIComponent(story.section.slug)}`,
            headline: working.headline,
            dek: working.dek,
            authors: story.authors.map((a) => ({ name: a.name })),
            publishedAt: story.firstPublishedAt,
            body: working.body,
            picture: story.featuredImageId ? pictures.get(story.featuredImageId) : null,
            bodyPictures: pictures,
          }}
          related={related}
        />
      </div>
    </div>
  );
}
