import type { Actor } from "../authz/roles";
import type { ArticleStatus } from "./states";
import { findRule, TRANSITIONS, type TransitionRule } from "./transitions";

/**
 * What the policy needs to know about a story. `workingApproved`: the text
 * that would go out is the one that was approved (false once anyone edits
 * after approval); absent counts as approved.
 */
export type ArticleFacts = { status: ArticleStatus; authorIds: readonly string[]; workingApproved?: boolean };

/** Who is acting: a signed-in user, or the scheduler. */
export type Subject = Actor | "system";

type Refusal = {
  ok: false;
  /** forbidden → 403; invalid → 422 */
  code: "forbidden" | "invalid";
  reason:
    | "inactive"
    | "not_allowed"
    | "own_story"
    | "no_such_transition"
    | "reason_required"
    | "publish_at_required"
    | "publish_at_past";
  message: string;
};

export type Decision = { ok: true; rule: TransitionRule; override: boolean } | Refusal;

export const REASON_MAX = 2000;

function refuse(code: Refusal["code"], reason: Refusal["reason"], message: string): Refusal {
  return { ok: false, code, reason, message };
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
  if (subject !== "system" && !subject.active) return refuse("forbidden", "inactive", "This account is deactivated.");
  const rule = findRule(article.status, to);
  if (!rule) {
    // A step nobody may take from here is a bad request, unless this subject may never take it at all.
    const everAllowed = TRANSITIONS.some((r) => r.to === to && moverFits(subject, article, r));
    return everAllowed
      ? refuse("invalid", "no_such_transition", `A story that is ${article.status} cannot become ${to}.`)
      : refuse("forbidden", "not_allowed", `Your role may not make a story ${to}.`);
  }
  if (!moverFits(subject, article, rule)) {
    return refuse("forbidden", "not_allowed", `Your role may not ${rule.label.replace("_", " ")} this story.`);
  }
  const reason = options.reason?.trim() ?? "";
  let override = false;
  if (needsOtherEyes(subject, article, rule)) {
    if (subject === "system" || subject.role !== "admin") {
      return refuse(
        "forbidden",
        "own_story",
        rule.fourEyes
          ? "An author cannot approve their own story; another editor must."
          : "Your changes since approval need another editor's approval before they go out.",
      );
    }
    if (!reason) return refuse("invalid", "reason_required", "Acting on your own story needs a reason for the override.");
    override = true;
  }
  if (rule.reason && !reason) return refuse("invalid", "reason_required", "Give a reason for this step.");
  if (reason.length > REASON_MAX) return refuse("invalid", "reason_required", `Keep the reason under ${REASON_MAX} characters.`);
  if (rule.publishAt) {
    if (!options.publishAt) return refuse("invalid", "publish_at_required", "Choose when to publish.");
    if (options.publishAt.getTime() <= options.now.getTime()) {
      return refuse("invalid", "publish_at_past", "The publishing time must be in the future.");
    }
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
