"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { importArticle } from "@/db/services/article-import";
import { addNote } from "@/db/services/article-notes";
import { restoreRevision } from "@/db/services/article-restore";
import { transitionArticle } from "@/db/services/article-transition";
import { createArticle, updateArticle } from "@/db/services/article-write";
import { toActor, type Actor } from "@/lib/authz/roles";
import { env } from "@/lib/env";
import { fieldErrorsOf, type ErrorCode, type Result } from "@/lib/errors";
import { parseLocalInput } from "@/lib/time/zoned";
import { articleIdSchema, createArticleSchema, noteSchema, transitionSchema, updateArticleSchema } from "@/lib/validation/article";
import { importOptionsSchema, MAX_IMPORT_BYTES } from "@/lib/validation/import";
import { requireUser } from "@/server/session";

/** What a dashboard form gets back: the outcome, a message per field, and what the user typed. */
export type FormState = {
  ok?: boolean;
  code?: ErrorCode;
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
  /** After a conflict: the story's version now, so saving again is a deliberate overwrite. */
  currentVersion?: number;
};

type Typed = Record<string, string>;

function read(formData: FormData, names: string[]): Typed {
  return Object.fromEntries(names.map((n) => [n, typeof formData.get(n) === "string" ? (formData.get(n) as string) : ""]));
}

/**
 * Every story action: the user re-read and checked (signed out → sign-in
 * page), the story id from the form parsed, `run` called, the outcome mapped
 * back with what was typed, the story's pages refreshed on success.
 */
async function onStory(formData: FormData, fields: string[], run: (actor: Actor, id: string, typed: Typed) => Promise<FormState>): Promise<FormState> {
  const actor = toActor(await requireUser());
  const typed = read(formData, [...fields, "id", "version"]);
  const id = articleIdSchema.safeParse(typed.id);
  if (!id.success) return { ok: false, code: "not_found", values: typed };
  const state = await run(actor, id.data, typed);
  if (!state.ok) return { ...state, values: typed };
  revalidatePath(`/dashboard/articles/${id.data}`);
  revalidatePath("/dashboard");
  return { ok: true };
}

function fromResult(result: Result<unknown>): FormState {
  return result.ok ? { ok: true } : { ok: false, code: result.code, message: result.message, fields: result.fields };
}

function invalidForm(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FormState {
  return { ok: false, code: "invalid", fields: fieldErrorsOf(issues) };
}

/** The editor's body arrives as JSON text; anything else is left for validation to refuse. */
function bodyFrom(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

export async function createArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = toActor(await requireUser());
  const typed = read(formData, ["headline", "dek", "section", "language", "body"]);
  const parsed = createArticleSchema.safeParse({ ...typed, dek: typed.dek || undefined, body: bodyFrom(typed.body ?? "") });
  if (!parsed.success) return { ...invalidForm(parsed.error.issues), values: typed };
  const created = await createArticle(getDb(), actor, parsed.data);
  if (!created.ok) return { ...fromResult(created), values: typed };
  revalidatePath("/dashboard");
  redirect(`/dashboard/articles/${created.data.id}`);
}

export async function deskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return onStory(formData, ["deadline", "originalDeadline", "assignedEditorId"], async (actor, id, typed) => {
    // Sent only when changed, so assigning an editor never rewrites the deadline.
    const deadlineChanged = typed.deadline !== typed.originalDeadline;
    const deadline = deadlineChanged && typed.deadline ? parseLocalInput(typed.deadline, env().NEWSROOM_TIMEZONE) : null;
    if (deadlineChanged && typed.deadline && !deadline) return { ok: false, code: "invalid", fields: { deadline: "Enter a valid date and time." } };
    const parsed = updateArticleSchema.safeParse({
      version: typed.version,
      ...(deadlineChanged ? { deadline: deadline?.toISOString() ?? null } : {}),
      assignedEditorId: typed.assignedEditorId || null,
    });
    if (!parsed.success) return invalidForm(parsed.error.issues);
    return fromResult(await updateArticle(getDb(), actor, id, parsed.data));
  });
}

export async function transitionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return onStory(formData, ["to", "reason", "publishAt"], async (actor, id, typed) => {
    const publishAt = typed.publishAt ? parseLocalInput(typed.publishAt, env().NEWSROOM_TIMEZONE) : null;
    if (typed.publishAt && !publishAt) return { ok: false, code: "invalid", fields: { publishAt: "Choose a time in the future." } };
    const parsed = transitionSchema.safeParse({ to: typed.to, version: typed.version, reason: typed.reason || undefined, publishAt: publishAt?.toISOString() });
    if (!parsed.success) return invalidForm(parsed.error.issues);
    const moved = await transitionArticle(getDb(), actor, id, parsed.data);
    if (moved.ok) revalidatePath("/");
    return fromResult(moved);
  });
}

export async function addNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return onStory(formData, ["note"], async (actor, id, typed) => {
    const parsed = noteSchema.safeParse({ body: typed.note });
    if (!parsed.success) return { ok: false, code: "invalid", fields: { note: parsed.error.issues[0]?.message ?? "" } };
    return fromResult(await addNote(getDb(), actor, id, parsed.data.body));
  });
}

export async function importAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = toActor(await requireUser());
  const typed = read(formData, ["text", "section", "year"]);
  const file = formData.get("file");
  const text = file instanceof File && file.size > 0 ? await file.text() : (typed.text ?? "");
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return { ok: false, code: "too_large", values: typed };
  const options = importOptionsSchema.safeParse({ section: typed.section || undefined, year: typed.year || undefined });
  if (!options.success) return { ...invalidForm(options.error.issues), values: typed };
  const imported = await importArticle(getDb(), actor, { text, ...options.data }, env().NEWSROOM_TIMEZONE);
  if (!imported.ok) return { ...fromResult(imported), values: typed };
  revalidatePath("/dashboard");
  redirect(`/dashboard/articles/${imported.data.id}`);
}

export async function restoreAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return onStory(formData, ["revisionId"], async (actor, id, typed) => {
    const revision = articleIdSchema.safeParse(typed.revisionId);
    const version = Number(typed.version);
    if (!revision.success || !Number.isInteger(version)) return { ok: false, code: "not_found" };
    return fromResult(await restoreRevision(getDb(), actor, id, revision.data, version));
  });
}
