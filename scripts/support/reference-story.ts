import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, sections } from "@/db/schema";

/** The demo's reference story, the oldest on the site (2018; generated stories are from the last weeks): its address's parts. */
export async function referenceStory(db: Db): Promise<{ slug: string; sectionSlug: string }> {
  const [reference] = await db
    .select({ slug: articles.slug, sectionSlug: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .orderBy(asc(articles.firstPublishedAt))
    .limit(1);
  if (!reference) throw new Error("The demo data has no reference story.");
  return reference;
}
