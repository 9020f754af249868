"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { changeSection, createSection, deleteSection, moveSection } from "@/db/services/sections";
import { toActor } from "@/lib/authz/roles";
import { fieldErrorsOf, type Result } from "@/lib/errors";
import { articleIdSchema } from "@/lib/validation/article";
import { newSectionSchema, sectionChangeSchema, sectionMoveSchema } from "@/lib/validation/sections";
import { requireUser } from "@/server/session";

export type SectionFormState = { ok?: boolean; message?: string; fields?: Record<string, string>; values?: Record<string, string> };

const text = (formData: FormData, name: string) => (typeof formData.get(name) === "string" ? (formData.get(name) as string) : "");

function outcome(result: Result<unknown>, values?: Record<string, string>): SectionFormState {
  if (result.ok) {
    revalidatePath("/admin/sections");
    return { ok: true };
  }
  return { ok: false, message: result.message, fields: result.fields, values };
}

export async function createSectionAction(_previous: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const actor = toActor(await requireUser("admin"));
  const values = { slug: text(formData, "slug"), nameAr: text(formData, "nameAr"), nameEn: text(formData, "nameEn") };
  const parsed = newSectionSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fields: fieldErrorsOf(parsed.error.issues), values };
  return outcome(await createSection(getDb(), actor, parsed.data), values);
}

export async function changeSectionAction(_previous: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const actor = toActor(await requireUser("admin"));
  const id = articleIdSchema.safeParse(text(formData, "id"));
  const values = { slug: text(formData, "slug"), nameAr: text(formData, "nameAr"), nameEn: text(formData, "nameEn"), hidden: formData.get("hidden") === "on" ? "on" : "" };
  if (!id.success) return { ok: false, message: "There is no such section." };
  const parsed = sectionChangeSchema.safeParse({ slug: values.slug, nameAr: values.nameAr, nameEn: values.nameEn, hidden: values.hidden === "on" });
  if (!parsed.success) return { ok: false, fields: fieldErrorsOf(parsed.error.issues), values };
  return outcome(await changeSection(getDb(), actor, id.data, parsed.data), values);
}

export async function moveSectionAction(_previous: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const actor = toActor(await requireUser("admin"));
  const id = articleIdSchema.safeParse(text(formData, "id"));
  const move = sectionMoveSchema.safeParse({ direction: text(formData, "direction") });
  if (!id.success || !move.success) return { ok: false, message: "There is no such section." };
  return outcome(await moveSection(getDb(), actor, id.data, move.data.direction));
}

export async function deleteSectionAction(_previous: SectionFormState, formData: FormData): Promise<SectionFormState> {
  const actor = toActor(await requireUser("admin"));
  const id = articleIdSchema.safeParse(text(formData, "id"));
  if (!id.success) return { ok: false, message: "There is no such section." };
  return outcome(await deleteSection(getDb(), actor, id.data));
}
