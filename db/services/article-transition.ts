import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/authz/roles";
import { fail, ok, type Result } from "@/lib/errors";
import type { TransitionInput } from "@/lib/validation/article";
import { unresolvedRelated } from "@/lib/richtext/related";
import { decideTransition } from "@/lib/workflow/policy";
import type { ArticleStatus } from "@/lib/workflow/states";
import type { Db } from "../client";
import { cancelPublish, enqueuePublish } from "../jobs/publish-queue";
import { authorIdsOf } from "../queries/articles";
import { recordAudit } from "../queries/audit";
import { announceIfCorrected, insertCorrection } from "../queries/corrections";
import { announcePublicChange, storyAddress, storyAuthors } from "../queries/public-changes";
import { undescribedPictures } from "../queries/media";
import { insertRevision } from "../queries/revisions";
import { articles, revisions } from "../schema";
import { notifyStep } from "./notifications";
import { storyTransaction } from "./story-transaction";

export type TransitionOutcome = { status: ArticleStatus; version: number };

/** The steps that bring a story nearer to readers: review, approval, the schedule, publication. */
const TOWARD_READERS = new Set<ArticleStatus>(["in_review", "approved", "scheduled", "published"]);

/**
 * Moves a story to another state: the row is locked, the version the user saw
 * is checked, the workflow policy decides, then state and audit row are
 * written together. Of two people acting on the same version at once, the
 * second waits for the first and then gets a conflict.
 */
export async function transitionArticle(
  db: Db,
  subject: Actor | "system",
  id: string,
  input: TransitionInput,
  now: Date = new Date(),
): Promise<Result<TransitionOutcome>> {
  return storyTransaction(db, id, now, async (tx, article) => {
    const facts = {
      status: article.status,
      authorIds: await authorIdsOf(tx, id),
      workingApproved: article.approvedRevisionId === article.workingRevisionId,
    };
    const decision = decideTransition(subject, facts, input.to, { reason: input.reason, publishAt: input.publishAt, now });
    // Refusal for the role first; then a stale view (the usual loser of a race,
    // whose step may no longer exist); then what the step itself lacks.
    if (!decision.ok && decision.code === "forbidden") return fail("forbidden", decision.reason, { params: decision.params });
    if (article.version !== input.version) {
      return fail("conflict", "story_moved_on", { params: { status: article.status, version: article.version } });
    }
    if (!decision.ok) {
      const refusal = { reason: decision.reason, ...(decision.params ? { params: decision.params } : {}) };
      return fail("unprocessable", decision.reason, { params: decision.params, fields: decision.field ? { [decision.field]: refusal } : undefined });
    }

    const to = input.to;
    // A «Read more» block that names no story would reach readers as dead text; a person must link or drop it first.
    if ((to === "published" || to === "scheduled") && subject !== "system" && article.workingRevisionId) {
      const [working] = await tx.select({ body: revisions.body }).from(revisions).where(eq(revisions.id, article.workingRevisionId));
      const unresolved = working ? unresolvedRelated(working.body).length : 0;
      if (unresolved > 0) return fail("unprocessable", "related_unresolved", { params: { count: unresolved } });
    }
    // A picture no one described fails every reader who cannot see it: it is described, or marked decorative, before anyone reviews it.
    if (TOWARD_READERS.has(to) && subject !== "system" && article.workingRevisionId) {
      const [working] = await tx.select({ mediaIds: revisions.mediaIds }).from(revisions).where(eq(revisions.id, article.workingRevisionId));
      const undescribed = await undescribedPictures(tx, working?.mediaIds ?? []);
      if (undescribed.length > 0) return fail("unprocessable", "media_alt_missing", { params: { count: undescribed.length } });
    }
    // A correction is for readers who saw the story: it goes with the publication of an update.
    if (input.correction && !(to === "published" && article.firstPublishedAt)) return fail("unprocessable", "correction_only_on_update");
    const reason = input.reason?.trim() || null;
    const revision = await sealTransition(tx, article.workingRevisionId, {
      status: to,
      reason,
      createdBy: subject === "system" ? null : subject.id,
      createdAt: now,
    });
    const changes: Partial<typeof articles.$inferInsert> = {
      status: to,
      version: article.version + 1,
      updatedAt: now,
      statusChangedAt: now,
      statusReason: reason,
      workingRevisionId: revision.id,
    };
    if (decision.rule.fourEyes) changes.approvedRevisionId = revision.id;
    else if (article.approvedRevisionId === article.workingRevisionId) changes.approvedRevisionId = revision.id;
    if (to === "published") {
      changes.liveRevisionId = revision.id;
      changes.firstPublishedAt = article.firstPublishedAt ?? now;
      changes.publishAt = null;
    }
    // A story taken off the site leaves the breaking-news bar with it.
    const leavesBreakingBar = to === "unpublished" && article.breakingUntil !== null;
    if (leavesBreakingBar) changes.breakingUntil = null;
    // And its home-page slot, which the newest stories fill again.
    const leavesHome = to === "unpublished" && article.homeSlot !== null;
    if (leavesHome) Object.assign(changes, { homeSlot: null, homeUntil: null });
    if (to === "scheduled") changes.publishAt = input.publishAt ?? null;
    if (article.status === "scheduled" && to === "approved") changes.publishAt = null;
    // Only the schedule's own job publishes late; any step taken by a person clears the mark.
    changes.publishedLateSeconds = null;
    // The story's publish job follows its schedule: cancelled when the story leaves
    // "scheduled", queued for the new time when it enters it.
    if (article.scheduledJobId) {
      await cancelPublish(tx, article.scheduledJobId);
      changes.scheduledJobId = null;
    }
    if (to === "scheduled" && changes.publishAt) {
      changes.scheduledJobId = await enqueuePublish(tx, { articleId: id, publishAt: changes.publishAt.toISOString() });
    }
    await tx.update(articles).set(changes).where(eq(articles.id, id));
    await recordAudit(tx, {
      actorId: revision.createdBy,
      action: `article.${decision.rule.label}`,
      objectType: "article",
      objectId: id,
      before: { status: article.status, version: article.version },
      after: {
        status: to,
        version: article.version + 1,
        revision: revision.id,
        ...(reason ? { reason } : {}),
        ...(changes.publishAt ? { publishAt: changes.publishAt.toISOString() } : {}),
        ...(decision.override ? { override: true } : {}),
      },
      createdAt: now,
    });
    if (input.correction) {
      const correction = await insertCorrection(tx, {
        ...input.correction,
        articleId: id,
        revisionId: revision.id,
        createdBy: revision.createdBy,
        createdAt: now,
      });
      await recordAudit(tx, {
        actorId: revision.createdBy,
        action: "article.corrected",
        objectType: "article",
        objectId: id,
        after: { correction: correction.id, revision: revision.id, ...input.correction },
        createdAt: now,
      });
    }
    if (to === "published" && article.status === "published") await announcePublicChange(tx, { type: "story.updated", storyId: id });
    else if (to === "published" || to === "unpublished") {
      const change = { storyId: id, address: await storyAddress(tx, article), authors: await storyAuthors(tx, id) };
      await announcePublicChange(tx, { type: to === "published" ? "story.published" : "story.unpublished", ...change });
      if (!input.correction) await announceIfCorrected(tx, id);
    }
    if (input.correction) await announcePublicChange(tx, { type: "corrections.changed" });
    if (leavesBreakingBar) await announcePublicChange(tx, { type: "breaking.changed" });
    if (leavesHome) await announcePublicChange(tx, { type: "home.changed" });
    await notifyStep(tx, decision.rule.label, { id, assignedEditorId: article.assignedEditorId, authorIds: facts.authorIds }, revision.createdBy, now);
    return ok({ status: to, version: article.version + 1 });
  });
}

/**
 * Every step leaves an immutable revision: the working text as it stood, with
 * the state it entered and why. It also seals an open autosave revision.
 */
async function sealTransition(
  tx: Db,
  workingRevisionId: string | null,
  step: { status: ArticleStatus; reason: string | null; createdBy: string | null; createdAt: Date },
) {
  const [current] = workingRevisionId ? await tx.select().from(revisions).where(eq(revisions.id, workingRevisionId)) : [];
  if (!current) throw new Error("The story has no working revision.");
  return insertRevision(tx, {
    articleId: current.articleId,
    headline: current.headline,
    dek: current.dek,
    body: current.body,
    featuredImageId: current.featuredImageId,
    sectionId: current.sectionId,
    tags: current.tags,
    ...step,
  });
}
