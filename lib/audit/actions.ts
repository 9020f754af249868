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
  "article.seeded",
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
  "media.uploaded",
  "media.replaced",
  "media.deleted",
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
