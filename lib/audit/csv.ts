/**
 * A cell a spreadsheet will show as text: one that starts with = + - @ or a
 * tab or return would be run as a formula by Excel or LibreOffice (CSV
 * injection), so it is prefixed with an apostrophe.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type AuditCsvEntry = {
  id: number;
  createdAt: Date;
  actor: { id: string; name: string } | null;
  action: string;
  objectType: string;
  objectId: string | null;
  /** The object's name when the log read it: a headline, a person's name, a section's two names. */
  object: { text: string } | { ar: string; en: string } | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export const AUDIT_CSV_HEADERS = ["id", "time", "actor_id", "actor", "action", "object_type", "object_id", "object_name", "before", "after", "ip"];

/** One audit event as a CSV row: raw codes, times in UTC ISO 8601, before/after as JSON. */
export function auditCsvRow(entry: AuditCsvEntry): string[] {
  return [
    String(entry.id),
    entry.createdAt.toISOString(),
    entry.actor?.id ?? "",
    entry.actor?.name ?? "",
    entry.action,
    entry.objectType,
    entry.objectId ?? "",
    entry.object === null ? "" : "text" in entry.object ? entry.object.text : `${entry.object.ar} / ${entry.object.en}`,
    entry.before === null || entry.before === undefined ? "" : JSON.stringify(entry.before),
    entry.after === null || entry.after === undefined ? "" : JSON.stringify(entry.after),
    entry.ip ?? "",
  ].map(spreadsheetSafe);
}
