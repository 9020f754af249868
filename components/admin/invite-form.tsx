"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import { ROLES } from "@/lib/authz/roles";
import { invitePersonAction, type PeopleFormState } from "@/server/actions/people";
import { OneTimeLink } from "./one-time-link";

const input = "mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-accent";

/** Adds a person; the admin gets the link that lets them set a password. */
export function InviteForm() {
  const t = useTranslations("people");
  const roles = useTranslations("roles");
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(invitePersonAction, {});
  const refusal = useRefusalText();
  const error = (name: string) => refusal(state.fields?.[name]);
  return (
    <form action={action} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("add")}</h2>
      {state.ok && state.data && <OneTimeLink link={state.data.link} mailed={state.data.mailed} />}
      {state.ok === false && !state.fields && (
        <p role="alert" className="text-accent">
          {refusal(state.refusal)}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        {(["name", "email"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`new-${name}`} className="text-sm font-semibold">
              {t(`fields.${name}`)}
            </label>
            <input
              id={`new-${name}`}
              name={name}
              type={name === "email" ? "email" : "text"}
              dir={name === "email" ? "ltr" : "auto"}
              defaultValue={state.ok ? "" : state.values?.[name]}
              key={state.ok ? "done" : "typing"}
              aria-invalid={Boolean(error(name))}
              aria-describedby={`new-${name}-error`}
              className={input}
            />
            {error(name) && (
              <p id={`new-${name}-error`} className="mt-1 text-sm text-accent">
                {error(name)}
              </p>
            )}
          </div>
        ))}
        <div>
          <label htmlFor="new-role" className="text-sm font-semibold">
            {t("fields.role")}
          </label>
          <select
            id="new-role"
            name="role"
            defaultValue={state.values?.role ?? "reporter"}
            aria-invalid={Boolean(error("role"))}
            aria-describedby="new-role-error"
            className={input}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roles(r)}
              </option>
            ))}
          </select>
          {error("role") && (
            <p id="new-role-error" className="mt-1 text-sm text-accent">
              {error("role")}
            </p>
          )}
        </div>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("invite")}
      </button>
    </form>
  );
}
