"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { changePerson, invitePerson, resetPassword } from "@/db/services/people";
import { toActor } from "@/lib/authz/roles";
import { fieldErrorsOf, type ErrorCode, type Result } from "@/lib/errors";
import { articleIdSchema } from "@/lib/validation/article";
import { newPersonSchema, personChangeSchema } from "@/lib/validation/people";
import { deliverLink } from "@/server/people/issued-link";
import { requireUser } from "@/server/session";

export type PeopleFormState = {
  ok?: boolean;
  code?: ErrorCode;
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
  /** A one-time link to hand over, shown once. */
  link?: string;
  /** Whether it was also mailed (SMTP configured), failed to be, or mail is off. */
  mailed?: "sent" | "failed" | "off";
};

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function failed(result: Extract<Result<unknown>, { ok: false }>, values: Record<string, string>): PeopleFormState {
  return { ok: false, code: result.code, message: result.message, fields: result.fields, values };
}

export async function invitePersonAction(_previous: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const actor = toActor(await requireUser("admin"));
  const values = { name: text(formData, "name"), email: text(formData, "email"), role: text(formData, "role") };
  const parsed = newPersonSchema.safeParse(values);
  if (!parsed.success) return { ok: false, code: "invalid", fields: fieldErrorsOf(parsed.error.issues), values };
  const issued = await invitePerson(getDb(), actor, parsed.data);
  if (!issued.ok) return failed(issued, values);
  revalidatePath("/admin/users");
  return { ok: true, ...(await deliverLink(await headers(), issued.data, "invite")) };
}

export async function changePersonAction(_previous: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const actor = toActor(await requireUser("admin"));
  const values = { id: text(formData, "id"), name: text(formData, "name"), role: text(formData, "role"), active: text(formData, "active") };
  const id = articleIdSchema.safeParse(values.id);
  if (!id.success) return { ok: false, code: "not_found", values };
  const parsed = personChangeSchema.safeParse({ name: values.name, role: values.role, active: values.active === "true" });
  if (!parsed.success) return { ok: false, code: "invalid", fields: fieldErrorsOf(parsed.error.issues), values };
  const changed = await changePerson(getDb(), actor, id.data, parsed.data);
  if (!changed.ok) return failed(changed, values);
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${id.data}`);
  return { ok: true };
}

export async function resetPasswordAction(_previous: PeopleFormState, formData: FormData): Promise<PeopleFormState> {
  const actor = toActor(await requireUser("admin"));
  const id = articleIdSchema.safeParse(text(formData, "id"));
  if (!id.success) return { ok: false, code: "not_found" };
  const issued = await resetPassword(getDb(), actor, id.data);
  if (!issued.ok) return failed(issued, {});
  revalidatePath(`/admin/users/${id.data}`);
  return { ok: true, ...(await deliverLink(await headers(), issued.data, "reset")) };
}
