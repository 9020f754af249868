"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import { setPasswordAction, type SetPasswordState } from "@/server/actions/invitation";

const inputClass = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-accent";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("invite");
  const [state, action, pending] = useActionState<SetPasswordState, FormData>(setPasswordAction, {});
  const refusal = useRefusalText();
  const problem =
    state.error === "mismatch"
      ? t("mismatch")
      : state.error === "link"
        ? t(`reasons.${state.reason ?? "unknown"}`)
        : state.problem
          ? refusal(state.problem)
          : undefined;
  return (
    <form action={action} noValidate className="mt-8 space-y-5">
      {problem && (
        <p role="alert" id="password-error" className="rounded border-s-4 border-accent bg-accent-soft px-4 py-3 text-accent">
          {problem}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      <div>
        <label htmlFor="password" className="font-semibold">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="new-password"
          required
          minLength={12}
          aria-invalid={Boolean(problem)}
          aria-describedby="password-hint password-error"
          className={inputClass}
        />
        <p id="password-hint" className="mt-1 text-sm text-stone-600">
          {t("hint")}
        </p>
      </div>
      <div>
        <label htmlFor="confirm" className="font-semibold">
          {t("confirm")}
        </label>
        <input id="confirm" name="confirm" type="password" dir="ltr" autoComplete="new-password" required className={inputClass} />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("submit")}
      </button>
    </form>
  );
}
