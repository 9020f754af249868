import { auditEvents, type NewAuditEvent } from "../schema";
import type { Db } from "../client";

export type AuditEntry = Omit<NewAuditEvent, "id" | "createdAt"> & { createdAt?: Date };

/** Appends an audit event; audit rows are never updated or deleted. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values(entry);
}
