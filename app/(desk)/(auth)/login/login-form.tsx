"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "@/server/actions/auth";

const inputClass = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-accent";

export function LoginForm({ callbackUrl, email }: { callbackUrl: string; email?: string }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const emailError = state.fieldErrors?.email;
  const passwordError = state.fieldErrors?.password;

  return (
    <form action={action} noValidate className="mt-8 space-y-5">
      {state.error && (
        <p role="alert" className="rounded border-s-4 border-accent bg-accent-soft px-4 py-3 text-accent">
          {state.error === "throttled" ? t("throttled", { minutes: state.retryMinutes ?? 15 }) : t(state.error)}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="font-semibold">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={state.email ?? email}
          aria-invalid={Boolean(emailError)}
          aria-describedby={emailError ? "email-error" : undefined}
          className={inputClass}
        />
        {emailError && (
          <p id="email-error" className="mt-1 text-sm text-accent">
            {t(emailError === "required" ? "required" : "invalidEmail")}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="font-semibold">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(passwordError)}
          aria-describedby={passwordError ? "password-error" : undefined}
          className={inputClass}
        />
        {passwordError && (
          <p id="password-error" className="mt-1 text-sm text-accent">
            {t("required")}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
