"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { changePasswordAction, updateProfileAction, type ProfileState } from "@/server/actions/profile";

export function ProfileForm({ name, locale, notifyByEmail }: { name: string; locale: string | null; notifyByEmail: boolean }) {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState<ProfileState, FormData>(updateProfileAction, {});
  const refusal = useRefusalText();
  return (
    <form action={action} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("details")}</h2>
      {state.ok && (
        <p role="status" className="text-emerald-800">
          ✓ {t("saved")}
        </p>
      )}
      <Field id="profile-name" label={t("name")} error={refusal(state.fields?.name)}>
        {(control) => <input {...control} name="name" dir="auto" defaultValue={state.values?.name ?? name} />}
      </Field>
      <Field id="profile-locale" label={t("locale")}>
        {(control) => (
          <select {...control} name="locale" defaultValue={state.values?.locale ?? locale ?? ""}>
            <option value="ar" lang="ar">
              العربية
            </option>
            <option value="en" lang="en">
              English
            </option>
            <option value="">{t("browser")}</option>
          </select>
        )}
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="notifyByEmail" defaultChecked={state.values ? state.values.notifyByEmail === "on" : notifyByEmail} />
        {t("notifyByEmail")}
      </label>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations("profile");
  const refusal = useRefusalText();
  const [state, action, pending] = useActionState<ProfileState, FormData>(changePasswordAction, {});
  return (
    <form action={action} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" key={state.ok ? "done" : "typing"}>
      <h2 className="text-lg font-semibold">{t("password")}</h2>
      {state.ok && (
        <p role="status" className="text-emerald-800">
          ✓ {t("passwordChanged")}
        </p>
      )}
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      {(["current", "next", "confirm"] as const).map((field) => (
        <Field key={field} id={`pw-${field}`} label={t(`fields.${field}`)} error={refusal(state.fields?.[field])}>
          {(control) => <input {...control} name={field} type="password" dir="ltr" autoComplete={field === "current" ? "current-password" : "new-password"} />}
        </Field>
      ))}
      <p className="text-sm text-stone-600">{t("passwordHint")}</p>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("changePassword")}
      </button>
    </form>
  );
}
