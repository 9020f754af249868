import { and, eq } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import { searchKey } from "@/lib/arabic/normalize";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";

import type { Db } from "../client";
import { authorIdsOf } from "../queries/articles";
import { recordAudit } from "../queries/audit";
import { insertRevision } from "../queries/revisions";
import { articles, revisions } from "../schema";
import { storyTransaction } from "./story-transaction";

/**
 * Brings back an earlier version as a new revision on top; history is never
 * rewritten. The same rules as editing apply, and the version must be current.
 */
export async function restoreRevision(
  db: Db,
  actor: Actor,
  articleId: string,
  revisionId: string,
  version: number,
  now: Date = new Date(),
): Promise<Result<{ version: number; revisionId: string }>> {
  return storyTransaction(db, articleId, now, async (tx, article) => {
    if (!can.editStory(actor, { status: article.status, authorIds: await authorIdsOf(tx, articleId) })) {
      return fail("forbidden", "story_edit_forbidden_now");
    }
    if (article.version !== version) {
      return fail("conflict", "story_changed_before_restore", { params: { version: article.version } });
    }
    const [old] = await tx
      .select()
      .from(revisions)
      .where(and(eq(revisions.id, revisionId), eq(revisions.articleId, articleId)));
    if (!old) return fail("not_found", "revision_not_found");
    const restored = await insertRevision(tx, {
      articleId,
      headline: old.headline,
      dek: old.dek,
      body: old.body,
      featuredImageId: old.featuredImageId,
      sectionId: article.sectionId,
      tags: old.tags,
      status: article.status,
      restoredFromId: old.id,
      createdBy: actor.id,
      createdAt: now,
    });
    await tx
      .update(articles)
      .set({ workingRevisionId: restored.id, headline: old.headline, searchKey: searchKey(old.headline), version: article.version + 1, updatedAt: now })
      .where(eq(articles.id, articleId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.restored",
      objectType: "article",
      objectId: articleId,
      before: { version: article.version, revision: article.workingRevisionId },
      after: { version: article.version + 1, revision: restored.id, from: old.id },
      createdAt: now,
    });
    return ok({ version: article.version + 1, revisionId: restored.id });
  });
}
