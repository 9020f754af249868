import type { Actor } from "../authz/roles";
import type { Params } from "../errors";
import type { ArticleStatus } from "./states";
import { rulesBetween, TRANSITIONS, type TransitionRule } from "./transitions";

/**
 * What the policy needs to know about a story. `workingApproved`: the text
 * that would go out is the one that was approved (false once anyone edits
 * after approval); absent counts as approved.
 */
export type ArticleFacts = { status: ArticleStatus; authorIds: readonly string[]; workingApproved?: boolean };

/** Who is acting: a signed-in user, or the scheduler. */
export type Subject = Actor | "system";

/**
 * Why a step is refused: a reason (i18n/refusals/fields.*.json) with its
 * params, and the input it is about when there is one (the form shows it
 * there).
 */
type TransitionRefusal = {
  ok: false;
  /** forbidden → 403; invalid → 422 */
  code: "forbidden" | "invalid";
  reason:
    | "account_inactive"
    | "transition_not_allowed"
    | "transition_step_not_allowed"
    | "own_story_approval"
    | "own_story_release"
    | "transition_unknown"
    | "override_reason_required"
    | "transition_reason_required"
    | "transition_reason_too_long"
    | "publish_at_required"
    | "publish_at_past";
  /** Statuses and steps as codes (`from`, `to`, `step`), limits as numbers (`max`). */
  params?: Params;
  field?: "reason" | "publishAt";
};

export type Decision = { ok: true; rule: TransitionRule; override: boolean } | TransitionRefusal;

export const REASON_MAX = 2000;

function refuse(code: TransitionRefusal["code"], refusal: Pick<TransitionRefusal, "reason" | "params" | "field">): TransitionRefusal {
  return { ok: false, code, ...refusal };
}

function isAuthor(subject: Subject, article: ArticleFacts): boolean {
  return subject !== "system" && article.authorIds.includes(subject.id);
}

/** The four-eyes cases: an author approving, or putting out text nobody else approved. */
function needsOtherEyes(subject: Subject, article: ArticleFacts, rule: TransitionRule): boolean {
  if (!isAuthor(subject, article)) return false;
  return rule.fourEyes === true || (rule.releases === true && article.workingApproved === false);
}

function moverFits(subject: Subject, article: ArticleFacts, rule: TransitionRule): boolean {
  if (subject === "system") return rule.by.includes("system");
  return rule.by.includes(subject.role) || (rule.by.includes("author") && isAuthor(subject, article));
}

/**
 * May `subject` move `article` to `to` now, and if not, why. The one answer
 * every entry point asks: server actions, the JSON API and the scheduler.
 */
export function decideTransition(
  subject: Subject,
  article: ArticleFacts,
  to: ArticleStatus,
  options: { reason?: string | null; publishAt?: Date | null; now: Date },
): Decision {
  if (subject !== "system" && !subject.active) return refuse("forbidden", { reason: "account_inactive" });
  const rules = rulesBetween(article.status, to);
  const rule = rules.find((r) => moverFits(subject, article, r)) ?? rules[0];
  if (!rule) {
    // A step nobody may take from here is a bad request, unless this subject may never take it at all.
    const everAllowed = TRANSITIONS.some((r) => r.to === to && moverFits(subject, article, r));
    return everAllowed
      ? refuse("invalid", { reason: "transition_unknown", params: { from: article.status, to } })
      : refuse("forbidden", { reason: "transition_not_allowed", params: { to } });
  }
  if (!moverFits(subject, article, rule)) {
    return refuse("forbidden", { reason: "transition_step_not_allowed", params: { step: rule.label } });
  }
  const reason = options.reason?.trim() ?? "";
  let override = false;
  if (needsOtherEyes(subject, article, rule)) {
    if (subject === "system" || subject.role !== "admin") {
      return refuse("forbidden", { reason: rule.fourEyes ? "own_story_approval" : "own_story_release" });
    }
    if (!reason) return refuse("invalid", { reason: "override_reason_required", field: "reason" });
    override = true;
  }
  if (rule.reason && !reason) return refuse("invalid", { reason: "transition_reason_required", field: "reason" });
  if (reason.length > REASON_MAX) return refuse("invalid", { reason: "transition_reason_too_long", params: { max: REASON_MAX }, field: "reason" });
  if (rule.publishAt) {
    if (!options.publishAt) return refuse("invalid", { reason: "publish_at_required", field: "publishAt" });
    if (options.publishAt.getTime() <= options.now.getTime()) return refuse("invalid", { reason: "publish_at_past", field: "publishAt" });
  }
  return { ok: true, rule, override };
}

/** The steps `subject` may take from the story's current state (inputs such as a reason still apply). */
export function allowedTransitions(subject: Subject, article: ArticleFacts): TransitionRule[] {
  if (subject !== "system" && !subject.active) return [];
  return TRANSITIONS.filter((rule) => {
    if (rule.from !== article.status || !moverFits(subject, article, rule)) return false;
    if (needsOtherEyes(subject, article, rule)) return subject !== "system" && subject.role === "admin";
    return true;
  });
}

/** Whether taking `rule` needs a reason from this subject (always, or as an admin's four-eyes override). */
export function needsReason(subject: Subject, article: ArticleFacts, rule: TransitionRule): boolean {
  return rule.reason === "required" || needsOtherEyes(subject, article, rule);
}

/**
 * Who may change a story's content: its authors while it is a draft or sent
 * back to them; editors and admins at any stage.
 */
export function mayEdit(subject: Actor, article: ArticleFacts): boolean {
  if (!subject.active) return false;
  if (subject.role === "editor" || subject.role === "admin") return true;
  return isAuthor(subject, article) && (article.status === "draft" || article.status === "changes_requested");
}

/** Deadlines and assigned editors are the desk's to set. */
export function mayAssign(subject: Actor): boolean {
  return subject.active && (subject.role === "editor" || subject.role === "admin");
}

/** Every active member of staff may create a story and read the desk's stories and notes. */
export function mayWork(subject: Actor): boolean {
  return subject.active;
}
