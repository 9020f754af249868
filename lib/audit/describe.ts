/**
 * An audit event's before/after as a person reads it: each field it changed,
 * named by a key the desk translates (`audit.fieldNames`), with a value that
 * says how to show it — a person's own words isolated for bidi, a time in the
 * reader's locale, a code (a status, a role) in the reader's words, a person
 * by name. Internal bookkeeping (versions, revision ids) is left to the CSV,
 * which keeps every raw key and value.
 */

type AuditTerm = "status" | "role" | "language" | "via" | "signIn";

export type AuditValue =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "time"; at: string }
  | { kind: "number"; value: number }
  | { kind: "yesNo"; value: boolean }
  | { kind: "term"; term: AuditTerm; value: string }
  | { kind: "person"; id: string }
  | { kind: "section"; slug: string };

type Shape = "text" | "time" | "number" | "yesNo" | "person" | "section" | { term: AuditTerm };

/** Every field an event records that a person reads, and how its value is shown. */
const FIELDS = {
  headline: "text",
  section: "section",
  slug: "text",
  name: "text",
  caption: "text",
  credit: "text",
  filename: "text",
  nameAr: "text",
  nameEn: "text",
  email: "text",
  reason: "text",
  wrong: "text",
  correct: "text",
  publicText: "text",
  dropped: "text",
  unresolved: "text",
  status: { term: "status" },
  role: { term: "role" },
  language: { term: "language" },
  locale: { term: "language" },
  via: { term: "via" },
  publishAt: "time",
  deadline: "time",
  until: "time",
  breakingUntil: "time",
  linkExpiresAt: "time",
  dateline: "time",
  firedAt: "time",
  slot: "number",
  position: "number",
  retryAfterSeconds: "number",
  lateSeconds: "number",
  hidden: "yesNo",
  active: "yesNo",
  override: "yesNo",
  assignedEditorId: "person",
} as const satisfies Record<string, Shape>;

export type AuditField = keyof typeof FIELDS;
export const AUDIT_FIELDS = Object.keys(FIELDS) as AuditField[];

/** Keys an event records for the system's own bookkeeping, not for a person to read. */
export const BOOKKEEPING_FIELDS = ["version", "revision", "from", "note", "correction", "replacedBy", "autosave"] as const;

export type AuditChange = { field: AuditField; before: AuditValue; after: AuditValue };

const isField = (key: string): key is AuditField => Object.hasOwn(FIELDS, key);

/** A failed sign-in's `reason` is a code; a workflow step's is what the editor wrote. */
function shapeOf(field: AuditField, action: string): Shape {
  return field === "reason" && action.startsWith("auth.") ? { term: "signIn" } : FIELDS[field];
}

function valueOf(raw: unknown, shape: Shape): AuditValue {
  if (raw === undefined || raw === null || raw === "") return { kind: "none" };
  if (Array.isArray(raw)) return raw.length ? { kind: "list", items: raw.map(String) } : { kind: "none" };
  if (typeof shape === "object") return { kind: "term", term: shape.term, value: String(raw) };
  switch (shape) {
    case "time":
      return typeof raw === "string" && !Number.isNaN(Date.parse(raw)) ? { kind: "time", at: raw } : { kind: "text", text: String(raw) };
    case "number":
      return typeof raw === "number" ? { kind: "number", value: raw } : { kind: "text", text: String(raw) };
    case "yesNo":
      return typeof raw === "boolean" ? { kind: "yesNo", value: raw } : { kind: "text", text: String(raw) };
    case "person":
      return { kind: "person", id: String(raw) };
    case "section":
      return { kind: "section", slug: String(raw) };
    case "text":
      return { kind: "text", text: typeof raw === "string" ? raw : JSON.stringify(raw) };
  }
}

const record = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** The fields an event changed, in the order it recorded them; unchanged and bookkeeping fields left out. */
export function describeChanges(action: string, before: unknown, after: unknown): AuditChange[] {
  const b = record(before);
  const a = record(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter(isField)
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => {
      const shape = shapeOf(field, action);
      return { field, before: valueOf(b[field], shape), after: valueOf(a[field], shape) };
    })
    .filter((change) => change.before.kind !== "none" || change.after.kind !== "none");
}

/** The people an event's values name by id, for the page to show by name. */
export function peopleNamed(changes: AuditChange[]): string[] {
  return changes.flatMap((c) => [c.before, c.after]).flatMap((v) => (v.kind === "person" ? [v.id] : []));
}
