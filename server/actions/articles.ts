"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { importArticle } from "@/db/services/article-import";
import { addNote } from "@/db/services/article-notes";
import { clearBreaking, markBreaking } from "@/db/services/breaking-news";
import { pinToHome, unpinFromHome } from "@/db/services/home-slots";
import { restoreRevision } from "@/db/services/article-restore";
import { transitionArticle } from "@/db/services/article-transition";
import { createArticle, updateArticle } from "@/db/services/article-write";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { failField, ok } from "@/lib/errors";
import { parseLocalInput } from "@/lib/time/zoned";
import { createArticleSchema, noteSchema, storySlug, transitionSchema } from "@/lib/validation/article";
import { breakingMinutes } from "@/lib/validation/breaking";
import { homePinMinutes, homeSlot } from "@/lib/validation/home-pin";
import { importOptionsSchema, MAX_IMPORT_BYTES } from "@/lib/validation/import";
import { defineAction, type ActionState } from "./define-action";

export type FormState = ActionState;

const storyId = z.uuid("story_not_found");
const version = z.coerce.number({ error: "version_required" }).int("version_required").min(1, "version_required");
const story = { role: "reporter", allow: can.work } as const;
/** What a change to a story makes stale on the desk. */
const storyPages = ({ id }: { id: string }) => [`/dashboard/articles/${id}`, "/dashboard"];

/** The editor's body arrives as JSON text; anything else is left for validation to refuse. */
function bodyFrom(json: unknown): unknown {
  if (typeof json !== "string") return json;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** A datetime-local value in the newsroom's zone, or the raw text for the schema to refuse. */
function localTime(message: string) {
  return z.string().transform((value, ctx) => {
    if (value === "") return null;
    const at = parseLocalInput(value, env().NEWSROOM_TIMEZONE);
    if (!at) ctx.addIssue({ code: "custom", message });
    return at ?? z.NEVER;
  });
}

const emptyIsAbsent = (value: unknown) => (value === "" ? undefined : value);

export const createArticleAction = defineAction({
  ...story,
  schema: z.preprocess((form) => {
    const { headline, dek, section, language, body } = form as Record<string, unknown>;
    return { headline, dek: emptyIsAbsent(dek), section, language, body: bodyFrom(body) };
  }, createArticleSchema),
  run: (input, actor) => createArticle(getDb(), actor, input),
  revalidate: () => ["/dashboard"],
  redirectTo: (created) => `/dashboard/articles/${created.id}`,
});

/** Deadline and assigned editor, each sent only when changed, against the version the page showed. */
export const deskAction = defineAction({
  ...story,
  allow: can.assignStory,
  changedOnly: ["deadline", "assignedEditorId"],
  schema: z.object({
    id: storyId,
    version,
    deadline: localTime("local_time_invalid").optional(),
    assignedEditorId: z.preprocess((v) => (v === "" ? null : v), z.uuid("editor_unknown").nullable()).optional(),
  }),
  run: async ({ id, version, deadline, assignedEditorId }, actor) => {
    if (deadline === undefined && assignedEditorId === undefined) return ok({ version });
    return updateArticle(getDb(), actor, id, { version, deadline, assignedEditorId });
  },
  revalidate: storyPages,
});

/** The story's address on the site: the service keeps an old published address redirecting to the new one. */
export const addressAction = defineAction({
  ...story,
  schema: z.object({ id: storyId, version, slug: storySlug }),
  run: ({ id, version, slug }, actor) => updateArticle(getDb(), actor, id, { version, slug }),
  revalidate: storyPages,
});

/** The featured picture, chosen from the library, or none. */
export const featuredPictureAction = defineAction({
  ...story,
  schema: z.object({ id: storyId, version, featuredImageId: z.preprocess((v) => (v === "" ? null : v), z.uuid("featured_image_invalid").nullable()) }),
  run: ({ id, version, featuredImageId }, actor) => updateArticle(getDb(), actor, id, { version, featuredImageId }),
  revalidate: storyPages,
});

export const transitionAction = defineAction({
  ...story,
  schema: z.preprocess(
    (form) => {
      const { id, to, version, reason, publishAt, correctionWrong, correctionCorrect, correctionText } = form as Record<string, unknown>;
      // The correction's three boxes left empty: no correction; any filled: all three are checked.
      const parts = [correctionWrong, correctionCorrect, correctionText];
      const correction = parts.every((p) => p === undefined || p === "")
        ? undefined
        : { wrong: correctionWrong ?? "", correct: correctionCorrect ?? "", publicText: correctionText ?? "" };
      return { id, to, version, reason: emptyIsAbsent(reason), publishAt: emptyIsAbsent(publishAt), correction };
    },
    transitionSchema.omit({ publishAt: true }).extend({ id: storyId, publishAt: localTime("local_time_invalid").optional() }),
  ),
  run: ({ id, publishAt, ...input }, actor) => transitionArticle(getDb(), actor, id, { ...input, publishAt: publishAt ?? undefined }),
  revalidate: storyPages,
});

export const addNoteAction = defineAction({
  ...story,
  schema: z.object({ id: storyId, note: noteSchema.shape.body }),
  run: ({ id, note }, actor) => addNote(getDb(), actor, id, note),
  revalidate: storyPages,
});

export const restoreAction = defineAction({
  ...story,
  schema: z.object({ id: storyId, revisionId: z.uuid("revision_not_found"), version }),
  run: ({ id, revisionId, version }, actor) => restoreRevision(getDb(), actor, id, revisionId, version),
  revalidate: storyPages,
});

/** Wire copy pasted or as a file (the file wins), with the section and year it is for. */
export const importAction = defineAction({
  ...story,
  schema: z.preprocess(
    (form) => {
      const { text, file, section, year, allowDuplicate } = form as Record<string, unknown>;
      return {
        copy: file instanceof File && file.size > 0 ? file : (text ?? ""),
        section: emptyIsAbsent(section),
        year: emptyIsAbsent(year),
        allowDuplicate: emptyIsAbsent(allowDuplicate),
      };
    },
    importOptionsSchema.pick({ section: true, year: true, allowDuplicate: true }).extend({ copy: z.union([z.string(), z.instanceof(File)]) }),
  ),
  run: async ({ copy, ...options }, actor) => {
    const text = typeof copy === "string" ? copy : await copy.text();
    if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES)
      return failField("too_large", "text", { reason: "import_too_large", params: { mb: MAX_IMPORT_BYTES / 1_000_000 } });
    return importArticle(getDb(), actor, { text, ...options }, env().NEWSROOM_TIMEZONE);
  },
  revalidate: () => ["/dashboard"],
  redirectTo: (imported) => `/dashboard/articles/${imported.id}`,
});

const breaking = { role: "editor", allow: can.markBreaking } as const;

/** Puts a published story in the breaking-news bar for the chosen number of minutes. */
export const markBreakingAction = defineAction({
  ...breaking,
  schema: z.object({ id: storyId, minutes: breakingMinutes }),
  run: ({ id, minutes }, actor) => markBreaking(getDb(), actor, id, { minutes }),
  revalidate: storyPages,
});

export const clearBreakingAction = defineAction({
  ...breaking,
  schema: z.object({ id: storyId }),
  run: ({ id }, actor) => clearBreaking(getDb(), actor, id),
  revalidate: storyPages,
});

const curation = { role: "editor", allow: can.curateHome } as const;

/** Pins a published story to a slot of the home page for the chosen number of minutes. */
export const pinToHomeAction = defineAction({
  ...curation,
  schema: z.object({ id: storyId, slot: homeSlot, minutes: homePinMinutes }),
  run: ({ id, ...pin }, actor) => pinToHome(getDb(), actor, id, pin),
  revalidate: storyPages,
});

export const unpinFromHomeAction = defineAction({
  ...curation,
  schema: z.object({ id: storyId }),
  run: ({ id }, actor) => unpinFromHome(getDb(), actor, id),
  revalidate: storyPages,
});
