import type { Role } from "../authz/roles";
import type { ArticleStatus } from "./states";

/**
 * The transition table of DESIGN.md, as data. `by` lists who may take the
 * step: roles, "author" (an author of the story, whatever their role) and
 * "system" (the scheduler). Authors cannot approve their own story; an admin
 * may override that with a reason, which is audited.
 */
type Mover = Role | "author" | "system";

export type TransitionRule = {
  from: ArticleStatus;
  to: ArticleStatus;
  by: readonly Mover[];
  label: string;
  reason?: "required";
  publishAt?: "required";
  /** Approving: never by an author of the story (an admin may override with a reason). */
  fourEyes?: true;
  /** Putting the working text out: an author may only put out text someone else approved. */
  releases?: true;
};

const EDITORS = ["editor", "admin"] as const;
const SPIKEABLE: ArticleStatus[] = ["draft", "changes_requested", "in_review", "approved"];

export const TRANSITIONS: readonly TransitionRule[] = [
  { from: "draft", to: "in_review", by: ["author", ...EDITORS], label: "submit" },
  { from: "in_review", to: "draft", by: ["author"], label: "withdraw" },
  { from: "in_review", to: "changes_requested", by: EDITORS, label: "request_changes", reason: "required" },
  { from: "changes_requested", to: "in_review", by: ["author", ...EDITORS], label: "resubmit" },
  { from: "in_review", to: "approved", by: EDITORS, label: "approve", fourEyes: true },
  { from: "approved", to: "published", by: EDITORS, label: "publish", releases: true },
  { from: "approved", to: "scheduled", by: EDITORS, label: "schedule", publishAt: "required", releases: true },
  { from: "scheduled", to: "approved", by: EDITORS, label: "unschedule" },
  { from: "scheduled", to: "scheduled", by: EDITORS, label: "reschedule", publishAt: "required", releases: true },
  { from: "scheduled", to: "published", by: ["system"], label: "publish_scheduled" },
  { from: "scheduled", to: "published", by: EDITORS, label: "publish_now", releases: true },
  { from: "published", to: "published", by: EDITORS, label: "publish_update", releases: true },
  { from: "published", to: "unpublished", by: EDITORS, label: "unpublish", reason: "required" },
  { from: "unpublished", to: "draft", by: EDITORS, label: "reopen" },
  ...SPIKEABLE.map((from) => ({ from, to: "archived" as const, by: EDITORS, label: "spike", reason: "required" as const })),
  { from: "archived", to: "draft", by: EDITORS, label: "restore" },
];

/** The rules from one state to another: one, or one per kind of mover (the scheduler publishes on time, an editor at once). */
export function rulesBetween(from: ArticleStatus, to: ArticleStatus): TransitionRule[] {
  return TRANSITIONS.filter((rule) => rule.from === from && rule.to === to);
}
