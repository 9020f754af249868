"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import type { ActionState } from "@/server/actions/define-action";
import { setPasswordAction } from "@/server/actions/invitation";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionState<ActionState, FormData>(setPasswordAction, {});
  const refusal = useRefusalText();
  // One message for the whole form: the link's, the password's or the confirmation's.
  const problem = refusal(state.fields?.password ?? state.fields?.confirm ?? state.refusal);
  return (
    <form action={action} noValidate className="mt-8 space-y-5">
      {problem && (
        <p role="alert" id="password-error" className="rounded border-s-4 border-accent bg-accent-soft px-4 py-3 text-accent">
          {problem}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      {/* The problem is shown once, above the form (#password-error); the password field points at it. */}
      <Field id="password" label={t("password")} hint={t("hint")} invalid={Boolean(problem)} describedBy={problem ? "password-error" : undefined}>
        {(control) => <input {...control} name="password" type="password" dir="ltr" autoComplete="new-password" required minLength={12} />}
      </Field>
      <Field id="confirm" label={t("confirm")}>
        {(control) => <input {...control} name="confirm" type="password" dir="ltr" autoComplete="new-password" required />}
      </Field>
      <button type="submit" disabled={pending} className="w-full rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
