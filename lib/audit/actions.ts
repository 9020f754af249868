import { TRANSITIONS } from "../workflow/transitions";

/** Every action the system records, for the audit log's filter. */
export const AUDIT_ACTIONS: readonly string[] = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_out",
  "user.created",
  "user.invited",
  "user.password_set",
  "user.password_reset",
  "user.role_changed",
  "user.renamed",
  "user.deactivated",
  "user.reactivated",
  "user.profile_updated",
  "user.password_changed",
  "user.password_change_failed",
  "section.created",
  "section.renamed",
  "section.address_changed",
  "section.hidden",
  "section.shown",
  "section.moved",
  "section.deleted",
  "article.created",
  "article.imported",
  "article.edited",
  "article.assigned",
  "article.restored",
  "article.note_added",
  "article.breaking_marked",
  "article.breaking_cleared",
  "article.breaking_expired",
  "article.home_pinned",
  "article.home_unpinned",
  "article.home_expired",
  "article.corrected",
  ...[...new Set(TRANSITIONS.map((rule) => `article.${rule.label}`))],
];

/** Where an audited object is seen in the dashboard, when it has a page. */
export function objectHref(objectType: string, objectId: string | null): string | null {
  if (!objectId) return null;
  if (objectType === "article") return `/dashboard/articles/${objectId}`;
  if (objectType === "user") return `/admin/users/${objectId}`;
  if (objectType === "section") return "/admin/sections";
  return null;
}

/** What changed, field by field: each key of `before` or `after` with its two values. */
export function changedFields(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const b = before && typeof before === "object" ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" ? (after as Record<string, unknown>) : {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}
