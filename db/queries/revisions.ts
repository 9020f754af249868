import { eq } from "drizzle-orm";
import { picturesShown } from "@/lib/media/uses";
import { checkDocument } from "@/lib/richtext/schema";
import type { Db } from "../client";
import { revisions, type Revision } from "../schema";
import { pruneSearchDocuments, writeSearchDocuments } from "./search-documents";

export type NewRevision = Omit<typeof revisions.$inferInsert, "id" | "body" | "mediaIds"> & { body: unknown };

/** Thrown when a body is not a valid document; `issues` say where. */
export class InvalidDocumentError extends Error {
  constructor(readonly issues: { path: string; reason: string }[]) {
    super(`The body is not a valid document: ${issues.map((i) => `${i.path || "(root)"}: ${i.reason}`).join("; ")}`);
  }
}

/**
 * The only way revisions are written: the body is validated against the
 * rich-text schema first, so nothing but an allowed document is ever stored;
 * its search document is written with it, and the story's documents for
 * revisions no longer current are dropped.
 */
export async function insertRevision(db: Db, values: NewRevision): Promise<Revision> {
  const checked = checkedBody(values.body);
  const [revision] = await db
    .insert(revisions)
    .values({ ...values, body: checked, mediaIds: picturesShown({ ...values, body: checked }) })
    .returning();
  if (!revision) throw new Error("The revision was not written.");
  await writeSearchDocuments(db, [revision]);
  await pruneSearchDocuments(db, revision.articleId, revision.id);
  return revision;
}

export type RevisionContent = Pick<NewRevision, "headline" | "dek" | "body" | "featuredImageId" | "sectionId" | "status" | "autosave">;

/**
 * Puts new text into an open autosave revision (the trigger refuses this for a
 * sealed one), and into its search document; `autosave: false` seals it.
 */
export async function updateOpenRevision(db: Db, id: string, values: RevisionContent & { updatedAt: Date }): Promise<Revision> {
  const body = checkedBody(values.body);
  const [revision] = await db
    .update(revisions)
    .set({ ...values, body, mediaIds: picturesShown({ ...values, body }) })
    .where(eq(revisions.id, id))
    .returning();
  if (!revision) throw new Error(`Revision ${id} was not updated.`);
  await writeSearchDocuments(db, [revision]);
  return revision;
}

function checkedBody(body: unknown) {
  const checked = checkDocument(body);
  if (!checked.ok) throw new InvalidDocumentError(checked.issues);
  return checked.document;
}
