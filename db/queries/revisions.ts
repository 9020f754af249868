import { checkDocument } from "@/lib/richtext/schema";
import type { Db } from "../client";
import { revisions, type Revision } from "../schema";

export type NewRevision = Omit<typeof revisions.$inferInsert, "id" | "body"> & { body: unknown };

/** Thrown when a body is not a valid document; `issues` say where. */
export class InvalidDocumentError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`The body is not a valid document: ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`);
  }
}

/**
 * The only way revisions are written: the body is validated against the
 * rich-text schema first, so nothing but an allowed document is ever stored.
 */
export async function insertRevision(db: Db, values: NewRevision): Promise<Revision> {
  const checked = checkDocument(values.body);
  if (!checked.ok) throw new InvalidDocumentError(checked.issues);
  const [revision] = await db
    .insert(revisions)
    .values({ ...values, body: checked.document })
    .returning();
  if (!revision) throw new Error("The revision was not written.");
  return revision;
}
