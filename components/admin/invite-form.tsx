"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import { RoleOptions } from "./role-options";
import { invitePersonAction, type PeopleFormState } from "@/server/actions/people";
import { OneTimeLink } from "./one-time-link";

/** Adds a person; the admin gets the link that lets them set a password. */
export function InviteForm() {
  const t = useTranslations("people");
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
          <Field key={name} id={`new-${name}`} label={t(`fields.${name}`)} error={error(name)} smallLabel>
            {(control) => (
              <input
                {...control}
                name={name}
                type={name === "email" ? "email" : "text"}
                dir={name === "email" ? "ltr" : "auto"}
                defaultValue={state.ok ? "" : state.values?.[name]}
                key={state.ok ? "done" : "typing"}
              />
            )}
          </Field>
        ))}
        <Field id="new-role" label={t("fields.role")} error={error("role")} smallLabel>
          {(control) => (
            <select {...control} name="role" defaultValue={state.values?.role ?? "reporter"}>
              <RoleOptions />
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("invite")}
      </button>
    </form>
  );
}
