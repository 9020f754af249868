"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { addNote } from "@/db/services/article-notes";
import { transitionArticle } from "@/db/services/article-transition";
import { createArticle, updateArticle } from "@/db/services/article-write";
import { env } from "@/lib/env";
import { fieldErrorsOf, type ErrorCode, type Failure } from "@/lib/errors";
import { parseLocalInput } from "@/lib/time/zoned";
import { articleIdSchema, createArticleSchema, noteSchema, transitionSchema, updateArticleSchema } from "@/lib/validation/article";
import { requireUser } from "@/server/session";

/** What a dashboard form gets back: the outcome, a message per field, and what the user typed. */
export type FormState = { ok?: boolean; code?: ErrorCode; message?: string; fields?: Record<string, string>; values?: Record<string, string> };

function text(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

function values(formData: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, text(formData, n) ?? ""]));
}

function failed(failure: Failure, typed?: Record<string, string>): FormState {
  return { ok: false, code: failure.code, message: failure.message, fields: failure.fields, values: typed };
}

function invalidForm(issues: readonly { path: readonly PropertyKey[]; message: string }[], typed?: Record<string, string>): FormState {
  return { ok: false, code: "invalid", fields: fieldErrorsOf(issues), values: typed };
}

async function actor() {
  const user = await requireUser();
  return { id: user.id, role: user.role, active: user.active };
}

const CONTENT = ["headline", "dek", "section", "language", "bodyText"];

export async function createArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const me = await actor();
  const typed = values(formData, CONTENT);
  const parsed = createArticleSchema.safeParse({ ...typed, dek: typed.dek || undefined });
  if (!parsed.success) return invalidForm(parsed.error.issues, typed);
  const created = await createArticle(getDb(), me, parsed.data);
  if (!created.ok) return failed(created, typed);
  revalidatePath("/dashboard");
  redirect(`/dashboard/articles/${created.data.id}`);
}

export async function saveArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const me = await actor();
  const typed = values(formData, CONTENT);
  const id = articleIdSchema.safeParse(text(formData, "id"));
  if (!id.success) return { ok: false, code: "not_found", values: typed };
  // The body is sent only when the text box changed, so formatting it cannot show survives other edits.
  const bodyChanged = typed.bodyText !== text(formData, "originalBody");
  const parsed = updateArticleSchema.safeParse({
    version: text(formData, "version"),
    headline: typed.headline,
    dek: typed.dek,
    section: typed.section,
    language: typed.language,
    ...(bodyChanged ? { bodyText: typed.bodyText } : {}),
  });
  if (!parsed.success) return invalidForm(parsed.error.issues, typed);
  const saved = await updateArticle(getDb(), me, id.data, parsed.data);
  if (!saved.ok) return failed(saved, typed);
  revalidatePath(`/dashboard/articles/${id.data}`);
  return { ok: true };
}

export async function deskAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const me = await actor();
  const typed = values(formData, ["deadline", "assignedEditorId"]);
  const id = articleIdSchema.safeParse(text(formData, "id"));
  if (!id.success) return { ok: false, code: "not_found", values: typed };
  const deadline = typed.deadline ? parseLocalInput(typed.deadline, env().NEWSROOM_TIMEZONE) : null;
  if (typed.deadline && !deadline) return { ok: false, code: "invalid", fields: { deadline: "Enter a valid date and time." }, values: typed };
  const parsed = updateArticleSchema.safeParse({
    version: text(formData, "version"),
    deadline: deadline?.toISOString() ?? null,
    assignedEditorId: typed.assignedEditorId || null,
  });
  if (!parsed.success) return invalidForm(parsed.error.issues, typed);
  const saved = await updateArticle(getDb(), me, id.data, parsed.data);
  if (!saved.ok) return failed(saved, typed);
  revalidatePath(`/dashboard/articles/${id.data}`);
  return { ok: true };
}

export async function transitionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const me = await actor();
  const typed = values(formData, ["reason", "publishAt"]);
  const id = articleIdSchema.safeParse(text(formData, "id"));
  if (!id.success) return { ok: false, code: "not_found", values: typed };
  const publishAt = typed.publishAt ? parseLocalInput(typed.publishAt, env().NEWSROOM_TIMEZONE) : null;
  if (typed.publishAt && !publishAt) return { ok: false, code: "invalid", fields: { publishAt: "Choose a time in the future." }, values: typed };
  const parsed = transitionSchema.safeParse({
    to: text(formData, "to"),
    version: text(formData, "version"),
    reason: typed.reason || undefined,
    publishAt: publishAt?.toISOString(),
  });
  if (!parsed.success) return invalidForm(parsed.error.issues, typed);
  const moved = await transitionArticle(getDb(), me, id.data, parsed.data);
  if (!moved.ok) return failed(moved, typed);
  revalidatePath(`/dashboard/articles/${id.data}`);
  revalidatePath("/dashboard");
  return { ok: true };
}

export async function addNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const me = await actor();
  const typed = values(formData, ["note"]);
  const id = articleIdSchema.safeParse(text(formData, "id"));
  if (!id.success) return { ok: false, code: "not_found", values: typed };
  const parsed = noteSchema.safeParse({ body: typed.note });
  if (!parsed.success) return { ok: false, code: "invalid", fields: { note: parsed.error.issues[0]?.message ?? "" }, values: typed };
  const added = await addNote(getDb(), me, id.data, parsed.data.body);
  if (!added.ok) return failed(added, typed);
  revalidatePath(`/dashboard/articles/${id.data}`);
  return { ok: true };
}
