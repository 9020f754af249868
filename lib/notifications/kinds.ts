/**
 * What a person is told about, and who is told. The desk's bell, the API
 * and the e-mail all word a notification from its kind and parameters in
 * the recipient's language (i18n messages `notifications.kinds`).
 */
export const NOTIFICATION_KINDS = [
  "story_sent_back",
  "story_approved",
  "story_scheduled",
  "story_published",
  "story_unpublished",
  "story_assigned",
  "story_submitted",
  "deadline_soon",
  "deadline_passed",
  "mentioned",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A notification to be written: to whom, what, about which story, because of whom. */
export type NotificationDraft = {
  recipientId: string;
  kind: NotificationKind;
  articleId: string;
  actorId: string | null;
  /** Set for notifications a job might raise twice (a deadline): one per recipient and key. */
  dedupeKey?: string;
};

/** Workflow steps (lib/workflow/transitions.ts labels) that tell a story's authors. */
const AUTHOR_STEPS: Partial<Record<string, NotificationKind>> = {
  request_changes: "story_sent_back",
  approve: "story_approved",
  schedule: "story_scheduled",
  reschedule: "story_scheduled",
  publish: "story_published",
  publish_now: "story_published",
  publish_scheduled: "story_published",
  unpublish: "story_unpublished",
};

/** Steps that put a story before the desk's editors. */
const DESK_STEPS = new Set(["submit", "resubmit"]);

export type StoryPeople = {
  articleId: string;
  authorIds: readonly string[];
  assignedEditorId: string | null;
  /** Every active editor, for a story no one is assigned to. */
  editorIds: readonly string[];
};

/**
 * Who hears of a workflow step. Authors hear what happens to their story;
 * a story sent for review goes to its assigned editor, or to every editor
 * when it has none. Nobody is told of their own step.
 */
export function notificationsForStep(step: string, story: StoryPeople, actorId: string | null): NotificationDraft[] {
  const authorKind = AUTHOR_STEPS[step];
  const recipients: { id: string; kind: NotificationKind }[] = authorKind ? story.authorIds.map((id) => ({ id, kind: authorKind })) : [];
  if (DESK_STEPS.has(step)) {
    const desk = story.assignedEditorId ? [story.assignedEditorId] : story.editorIds;
    recipients.push(...desk.map((id) => ({ id, kind: "story_submitted" as const })));
  }
  const seen = new Set<string>();
  return recipients
    .filter(({ id }) => id !== actorId && !seen.has(id) && (seen.add(id), true))
    .map(({ id, kind }) => ({ recipientId: id, kind, articleId: story.articleId, actorId }));
}

/** The editor a story was just assigned to hears of it, unless they assigned it to themselves. */
export function notificationForAssignment(articleId: string, editorId: string | null, actorId: string): NotificationDraft[] {
  return editorId && editorId !== actorId ? [{ recipientId: editorId, kind: "story_assigned", articleId, actorId }] : [];
}

export const DEADLINE_WARNING_MINUTES = 60;

/**
 * A deadline's reminders: "one hour away" once it is within the hour, "passed"
 * once it is over, each once per deadline (a moved deadline reminds again).
 * Its owners are the story's authors and its assigned editor.
 */
export function deadlineReminders(
  story: { articleId: string; deadline: Date; authorIds: readonly string[]; assignedEditorId: string | null },
  now: Date,
): NotificationDraft[] {
  const minutesLeft = (story.deadline.getTime() - now.getTime()) / 60_000;
  if (minutesLeft > DEADLINE_WARNING_MINUTES) return [];
  const kind: NotificationKind = minutesLeft <= 0 ? "deadline_passed" : "deadline_soon";
  const owners = [...new Set([...story.authorIds, ...(story.assignedEditorId ? [story.assignedEditorId] : [])])];
  return owners.map((recipientId) => ({
    recipientId,
    kind,
    articleId: story.articleId,
    actorId: null,
    dedupeKey: `${kind}:${story.articleId}:${story.deadline.toISOString()}`,
  }));
}
