"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { changeOwnPassword, updateProfile } from "@/db/services/profile";
import { toActor } from "@/lib/authz/roles";
import { fieldErrorsOf } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { PASSWORD_PROBLEMS, type PasswordProblem } from "@/lib/people/password-policy";
import { passwordChangeSchema, profileSchema } from "@/lib/validation/profile";
import { requireUser, sessionIds } from "@/server/session";

export type ProfileState = { ok?: boolean; fields?: Record<string, string>; problem?: PasswordProblem; throttled?: boolean; values?: Record<string, string> };

const text = (formData: FormData, name: string) => (typeof formData.get(name) === "string" ? (formData.get(name) as string) : "");

export async function updateProfileAction(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  const actor = toActor(await requireUser());
  const values = { name: text(formData, "name"), locale: text(formData, "locale") };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fields: fieldErrorsOf(parsed.error.issues), values };
  const saved = await updateProfile(getDb(), actor, parsed.data);
  if (!saved.ok) return { ok: false, fields: saved.fields ?? { _: saved.message }, values };
  const jar = await cookies();
  if (parsed.data.locale) jar.set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
  else jar.delete(LOCALE_COOKIE);
  revalidatePath("/", "layout");
  return { ok: true };
}

export async function changePasswordAction(_previous: ProfileState, formData: FormData): Promise<ProfileState> {
  const actor = toActor(await requireUser());
  const session = await sessionIds();
  if (!session) return { ok: false, fields: { _: "Sign in again." } };
  const parsed = passwordChangeSchema.safeParse({ current: text(formData, "current"), next: text(formData, "next"), confirm: text(formData, "confirm") });
  if (!parsed.success) return { ok: false, fields: fieldErrorsOf(parsed.error.issues) };
  const changed = await changeOwnPassword(getDb(), actor, session.sessionId, parsed.data.current, parsed.data.next);
  if (changed.ok) return { ok: true };
  if (changed.code === "too_many_requests") return { ok: false, throttled: true, fields: changed.fields };
  const problem = (Object.keys(PASSWORD_PROBLEMS) as PasswordProblem[]).find((key) => PASSWORD_PROBLEMS[key] === changed.fields?.next);
  return { ok: false, fields: changed.fields ?? { _: changed.message }, problem };
}
