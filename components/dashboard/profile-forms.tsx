"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import { changePasswordAction, updateProfileAction, type ProfileState } from "@/server/actions/profile";

const input = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-accent";

function Message({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={id} className="mt-1 text-sm text-accent">
      {text}
    </p>
  ) : null;
}

export function ProfileForm({ name, locale }: { name: string; locale: string | null }) {
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
      <div>
        <label htmlFor="profile-name" className="font-semibold">
          {t("name")}
        </label>
        <input
          id="profile-name"
          name="name"
          dir="auto"
          defaultValue={state.values?.name ?? name}
          aria-invalid={Boolean(state.fields?.name)}
          aria-describedby="profile-name-error"
          className={input}
        />
        <Message id="profile-name-error" text={refusal(state.fields?.name)} />
      </div>
      <div>
        <label htmlFor="profile-locale" className="font-semibold">
          {t("locale")}
        </label>
        <select id="profile-locale" name="locale" defaultValue={state.values?.locale ?? locale ?? ""} className={input}>
          <option value="ar">العربية</option>
          <option value="en">English</option>
          <option value="">{t("browser")}</option>
        </select>
      </div>
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
        <div key={field}>
          <label htmlFor={`pw-${field}`} className="font-semibold">
            {t(`fields.${field}`)}
          </label>
          <input
            id={`pw-${field}`}
            name={field}
            type="password"
            dir="ltr"
            autoComplete={field === "current" ? "current-password" : "new-password"}
            aria-invalid={Boolean(state.fields?.[field])}
            aria-describedby={`pw-${field}-error`}
            className={input}
          />
          <Message id={`pw-${field}-error`} text={refusal(state.fields?.[field])} />
        </div>
      ))}
      <p className="text-sm text-stone-600">{t("passwordHint")}</p>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("changePassword")}
      </button>
    </form>
  );
}
