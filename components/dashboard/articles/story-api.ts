import type { FieldErrors, Refusal } from "@/lib/errors";
import type { StoryDraft } from "@/lib/autosave/draft";
import type { SaveOutcome } from "@/lib/autosave/queue";
import type { RichTextDocument } from "@/lib/richtext/schema";
import type { TheirVersion } from "./conflict-view";

type ErrorBody = { error?: { code?: string; reason?: string; params?: Refusal["params"]; fieldReasons?: FieldErrors } };

/** One save of the story form through the JSON API (the same checks as every other client). */
export async function saveDraft(
  storyId: string,
  draft: StoryDraft,
  version: number,
  mode: "autosave" | "explicit",
  options: { keepalive?: boolean } = {},
): Promise<SaveOutcome> {
  if (typeof navigator !== "undefined" && !navigator.onLine) return { kind: "offline" };
  const response = await fetch(`/api/v1/articles/${storyId}`, {
    method: "PATCH",
    headers: { "content-type": "application/json", accept: "application/json" },
    // Named one by one: a draft object may carry more (their version number, their name).
    body: JSON.stringify({
      version,
      headline: draft.headline,
      dek: draft.dek,
      section: draft.section,
      language: draft.language,
      body: draft.body,
      autosave: mode === "autosave",
    }),
    keepalive: options.keepalive,
  });
  if (response.ok) return { kind: "saved", version: ((await response.json()) as { version: number }).version };
  if (response.status === 409) return { kind: "conflict" };
  // A server or gateway failure is treated like a lost connection: keep the text and retry.
  if (response.status >= 500) return { kind: "offline" };
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const reason = body.error?.reason ?? "invalid_request";
  return { kind: "failed", code: body.error?.code, refusal: { reason, params: body.error?.params }, fields: body.error?.fieldReasons };
}

type StoryResponse = {
  version: number;
  language: "ar" | "en";
  section: { slug: string };
  working: { headline: string; dek: string | null; body: RichTextDocument } | null;
};
type RevisionResponse = { working: boolean; author: { id: string; name: string } | null }[];

/** The story as the server has it now, and who saved that version (`me`: the one looking), for the conflict view. */
export async function loadTheirs(storyId: string, me: string): Promise<TheirVersion | null> {
  const [story, revisions] = await Promise.all([fetch(`/api/v1/articles/${storyId}`), fetch(`/api/v1/articles/${storyId}/revisions`)]);
  if (!story.ok) return null;
  const data = (await story.json()) as StoryResponse;
  const list = revisions.ok ? ((await revisions.json()) as RevisionResponse) : [];
  if (!data.working) return null;
  return {
    headline: data.working.headline,
    dek: data.working.dek ?? "",
    section: data.section.slug,
    language: data.language,
    body: data.working.body,
    version: data.version,
    by: list.find((r) => r.working)?.author?.name ?? null,
    byMe: list.find((r) => r.working)?.author?.id === me,
  };
}
