"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import type { ActionState } from "@/server/actions/define-action";
import { signInAction } from "@/server/actions/auth";

export function LoginForm({ callbackUrl, email }: { callbackUrl: string; email?: string }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<ActionState, FormData>(signInAction, {});
  const refusal = useRefusalText();
  const emailError = refusal(state.fields?.email);
  const passwordError = refusal(state.fields?.password);
  // A refusal of a field is said beside the field; of the attempt as a whole, above the form.
  const problem = state.fields ? undefined : refusal(state.refusal);

  return (
    <form action={action} noValidate className="mt-8 space-y-5">
      {problem && (
        <p role="alert" className="rounded border-s-4 border-accent bg-accent-soft px-4 py-3 text-accent">
          {problem}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label={t("email")} error={emailError}>
        {(control) => <input {...control} name="email" type="email" dir="ltr" autoComplete="username" required defaultValue={state.values?.email ?? email} />}
      </Field>
      <Field id="password" label={t("password")} error={passwordError}>
        {(control) => <input {...control} name="password" type="password" dir="ltr" autoComplete="current-password" required />}
      </Field>
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
