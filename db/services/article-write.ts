import { eq } from "drizzle-orm";
import { can } from "@/lib/authz/can";
import { searchKey } from "@/lib/arabic/normalize";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Result } from "@/lib/errors";
import { notificationForAssignment } from "@/lib/notifications/kinds";
import { bodyPictureIds } from "@/lib/media/uses";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { documentFromText } from "@/lib/richtext/text";
import { bodyDocument, type CreateArticleInput, type UpdateArticleInput } from "@/lib/validation/article";

import type { Db } from "../client";
import { transact } from "../transaction";
import { authorIdsOf, findSectionBySlug, isAssignableEditor, retireSlug, slugIsFree, uniqueSlug } from "../queries/articles";
import { recordAudit } from "../queries/audit";
import { announcePublicChange, storyAddress } from "../queries/public-changes";
import { insertRevision, updateOpenRevision } from "../queries/revisions";
import { articleAuthors, articles, revisions } from "../schema";
import { missingPictures } from "../queries/media";
import { notify } from "./notifications";
import { storyTransaction } from "./story-transaction";

/** Whether every picture a body places is in the library (a pasted id from elsewhere is not). */
async function bodyPicturesKnown(tx: Db, body: RichTextDocument): Promise<boolean> {
  return (await missingPictures(tx, bodyPictureIds(body))).length === 0;
}

/** Creates a draft with the actor as its author: article, first revision, byline and audit row together. */
export async function createArticle(
  db: Db,
  actor: Actor,
  input: CreateArticleInput,
  now: Date = new Date(),
): Promise<Result<{ id: string; version: number; status: "draft"; slug: string }>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  if (!input.body) return failField("invalid", "body", "body_empty");
  const body = input.body;
  return transact(db, async (tx) => {
    const section = await findSectionBySlug(tx, input.section);
    if (!section || section.hidden) return failField("invalid", "section", "section_slug_unknown");
    if (!(await bodyPicturesKnown(tx, body))) return failField("invalid", "body", "body_picture_unknown");
    const slug = await uniqueSlug(tx, section.id, input.headline);
    const [article] = await tx
      .insert(articles)
      .values({
        slug,
        sectionId: section.id,
        language: input.language,
        status: "draft",
        headline: input.headline,
        searchKey: searchKey(input.headline),
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
        statusChangedAt: now,
      })
      .returning();
    if (!article) throw new Error("The story was not created.");
    const revision = await insertRevision(tx, {
      articleId: article.id,
      headline: input.headline,
      dek: input.dek ?? null,
      body,
      sectionId: section.id,
      status: "draft",
      createdBy: actor.id,
      createdAt: now,
    });
    await tx.update(articles).set({ workingRevisionId: revision.id }).where(eq(articles.id, article.id));
    await tx.insert(articleAuthors).values({ articleId: article.id, userId: actor.id, position: 0 });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.created",
      objectType: "article",
      objectId: article.id,
      after: { headline: input.headline, section: section.slug, language: input.language, status: "draft" },
      createdAt: now,
    });
    return ok({ id: article.id, version: article.version, status: "draft" as const, slug });
  });
}

/**
 * Saves changes against the version the user edited. Content changes make a
 * new immutable revision and move the working revision to it; readers keep
 * seeing the live revision until an editor publishes. A stale version is a
 * conflict, never a silent overwrite.
 */
export async function updateArticle(db: Db, actor: Actor, id: string, input: UpdateArticleInput, now: Date = new Date()): Promise<Result<{ version: number }>> {
  return storyTransaction(db, id, now, async (tx, article) => {
    const facts = { status: article.status, authorIds: await authorIdsOf(tx, id) };
    const { version, deadline, assignedEditorId, slug: chosenSlug, autosave, ...content } = input;
    const changesContent = Object.values(content).some((v) => v !== undefined);
    const changesSlug = chosenSlug !== undefined && chosenSlug !== article.slug;
    const changesDesk = deadline !== undefined || assignedEditorId !== undefined;
    if (!changesContent && !changesDesk && !changesSlug) return fail("invalid", "nothing_to_change", { fields: { _: "send_a_field" } });
    if ((changesContent || changesSlug) && !can.editStory(actor, facts)) {
      return facts.authorIds.includes(actor.id)
        ? fail("forbidden", "story_locked_for_reporter", { params: { status: article.status } })
        : fail("forbidden", "story_edit_forbidden");
    }
    if (changesDesk && !can.assignStory(actor)) return fail("forbidden", "desk_editors_only");
    if (article.version !== version) {
      return fail("conflict", "story_changed", { params: { version: article.version } });
    }
    if (assignedEditorId && !(await isAssignableEditor(tx, assignedEditorId))) {
      return failField("invalid", "assignedEditorId", "editor_not_assignable");
    }

    // Every refusal is decided before the first write.
    let newSectionId: string | undefined;
    if (content.section !== undefined) {
      const section = await findSectionBySlug(tx, content.section);
      // A hidden section takes no new stories, but a story already in it may stay.
      if (!section || (section.hidden && section.id !== article.sectionId)) return failField("invalid", "section", "section_slug_unknown");
      newSectionId = section.id;
    }
    if (content.featuredImageId && (await missingPictures(tx, [content.featuredImageId])).length > 0) {
      return failField("invalid", "featuredImageId", "media_not_found");
    }
    if (content.body && !(await bodyPicturesKnown(tx, content.body))) return failField("invalid", "body", "body_picture_unknown");
    if (changesSlug && chosenSlug && !(await slugIsFree(tx, newSectionId ?? article.sectionId, chosenSlug, id))) {
      return failField("invalid", "slug", "story_slug_taken");
    }

    const changes: Partial<typeof articles.$inferInsert> = { version: article.version + 1, updatedAt: now };
    if (deadline !== undefined) changes.deadline = deadline;
    if (assignedEditorId !== undefined) changes.assignedEditorId = assignedEditorId;
    const before: Record<string, unknown> = { version: article.version };
    const after: Record<string, unknown> = { version: article.version + 1 };
    let coalesced = false;

    if (changesContent) {
      const [current] = article.workingRevisionId ? await tx.select().from(revisions).where(eq(revisions.id, article.workingRevisionId)) : [];
      if (!current) throw new Error(`Story ${id} has no working revision.`);
      let body = content.body;
      if (content.bodyText !== undefined) {
        const converted = bodyDocument(documentFromText(content.bodyText, current.body), content.bodyText);
        if (!converted.ok) return failField("invalid", "bodyText", converted.refusal);
        body = converted.body;
      }
      const sectionId = newSectionId ?? current.sectionId;
      const next = {
        headline: content.headline ?? current.headline,
        dek: content.dek !== undefined ? content.dek : current.dek,
        body: body ?? current.body,
        featuredImageId: content.featuredImageId !== undefined ? content.featuredImageId : current.featuredImageId,
        sectionId,
        status: article.status,
        autosave: autosave === true,
      };
      // The author's own autosaves go on in one open revision until something
      // seals it; text someone approved or readers see is never touched.
      coalesced = current.autosave && current.createdBy === actor.id && current.id !== article.approvedRevisionId && current.id !== article.liveRevisionId;
      const revision = coalesced
        ? await updateOpenRevision(tx, current.id, { ...next, updatedAt: now })
        : await insertRevision(tx, { ...next, articleId: id, tags: current.tags, createdBy: actor.id, createdAt: now });
      Object.assign(changes, {
        workingRevisionId: revision.id,
        headline: revision.headline,
        searchKey: searchKey(revision.headline),
        sectionId,
        ...(content.language ? { language: content.language } : {}),
      });
      // A story not yet on the site follows its headline in its address; a published one
      // keeps its slug unless the new section already has it (its old address redirects).
      if (!changesSlug && !article.firstPublishedAt && !article.slugChosen && (revision.headline !== current.headline || sectionId !== article.sectionId)) {
        changes.slug = await uniqueSlug(tx, sectionId, revision.headline, id);
      } else if (!changesSlug && sectionId !== article.sectionId) {
        changes.slug = await uniqueSlug(tx, sectionId, article.slug, id);
      }
      Object.assign(before, { revision: current.id, headline: current.headline });
      Object.assign(after, { revision: revision.id, headline: revision.headline, ...(autosave ? { autosave: true } : {}) });
    }
    if (changesSlug && chosenSlug) {
      changes.slug = chosenSlug;
      changes.slugChosen = true;
      Object.assign(before, { slug: article.slug });
      Object.assign(after, { slug: chosenSlug });
    }
    const movedAddress =
      (changes.slug !== undefined && changes.slug !== article.slug) || (changes.sectionId !== undefined && changes.sectionId !== article.sectionId);
    if (article.firstPublishedAt && movedAddress) await retireSlug(tx, article, now);
    // The audit row names only the desk fields this call set.
    if (deadline !== undefined) {
      before.deadline = article.deadline;
      after.deadline = deadline;
    }
    if (assignedEditorId !== undefined) {
      before.assignedEditorId = article.assignedEditorId;
      after.assignedEditorId = assignedEditorId;
    }
    await tx.update(articles).set(changes).where(eq(articles.id, id));
    // A story that has been on the site keeps answering at its old address (a redirect), so
    // both addresses change for readers at once, published or not; its text waits for the
    // next publication, but its language (the page's direction) is the story's own.
    if (article.firstPublishedAt && movedAddress) {
      const from = await storyAddress(tx, article);
      const to = await storyAddress(tx, { sectionId: changes.sectionId ?? article.sectionId, slug: changes.slug ?? article.slug });
      await announcePublicChange(tx, { type: "story.moved", storyId: id, from, to });
    } else if (article.status === "published" && content.language && content.language !== article.language) {
      await announcePublicChange(tx, { type: "story.updated", storyId: id });
    }
    // An autosave continuing an open revision is not a new event; its first save and the seal are.
    if (coalesced && autosave && !changesSlug && !changesDesk) return ok({ version: article.version + 1 });
    if (assignedEditorId !== undefined && assignedEditorId !== article.assignedEditorId) {
      await notify(tx, notificationForAssignment(id, assignedEditorId, actor.id), now);
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: changesContent || changesSlug ? "article.edited" : "article.assigned",
      objectType: "article",
      objectId: id,
      before,
      after,
      createdAt: now,
    });
    return ok({ version: article.version + 1 });
  });
}
