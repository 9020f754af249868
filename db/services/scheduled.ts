import { eq } from "drizzle-orm";
import { decideTransition } from "@/lib/workflow/policy";
import type { Db } from "../client";
import { recordAudit } from "../queries/audit";
import { announcePublicChange, storyAddress } from "../queries/public-changes";
import { articles, type Article } from "../schema";

/**
 * A scheduled story is on the site from its time on, before any job runs.
 * Before anyone acts on a locked story, a due schedule is carried out as the
 * scheduler would (published, dated `publishAt`), so edits and steps are
 * judged against what readers actually see. Returns the row as it now is.
 */
export async function settleDueSchedule(tx: Db, article: Article, now: Date): Promise<Article> {
  if (article.status !== "scheduled" || !article.publishAt || article.publishAt > now) return article;
  const decision = decideTransition("system", { status: article.status, authorIds: [] }, "published", { now });
  if (!decision.ok) return article;
  const [published] = await tx
    .update(articles)
    .set({
      status: "published",
      version: article.version + 1,
      liveRevisionId: article.workingRevisionId,
      firstPublishedAt: article.firstPublishedAt ?? article.publishAt,
      statusChangedAt: article.publishAt,
      statusReason: null,
      publishAt: null,
      updatedAt: now,
    })
    .where(eq(articles.id, article.id))
    .returning();
  await recordAudit(tx, {
    action: `article.${decision.rule.label}`,
    objectType: "article",
    objectId: article.id,
    before: { status: article.status, version: article.version },
    after: { status: "published", version: article.version + 1, publishAt: article.publishAt.toISOString() },
    createdAt: now,
  });
  await announcePublicChange(tx, { type: "story.published", storyId: article.id, sectionId: article.sectionId, address: await storyAddress(tx, article) });
  return published ?? article;
}
