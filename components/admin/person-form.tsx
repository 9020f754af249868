"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { useRefusalText } from "@/components/ui/refusal-text";
import type { Role } from "@/lib/authz/roles";
import { RoleOptions } from "./role-options";
import { changePersonAction, resetPasswordAction, type PeopleFormState, type PersonFormState } from "@/server/actions/people";
import { OneTimeLink } from "./one-time-link";

/**
 * Name, role and whether the person may sign in. Each field is sent only
 * when changed, against the version shown; after a save the page re-renders
 * with what the server saved and the form starts again from it (its key).
 */
export function PersonForm({ person }: { person: { id: string; name: string; role: Role; active: boolean; version: number } }) {
  const t = useTranslations("people");
  const [state, action, pending] = useActionState<PersonFormState, FormData>(changePersonAction, {});
  const refusal = useRefusalText();
  const message = refusal(state.fields?.role ?? state.fields?.active ?? state.fields?._ ?? (state.ok === false ? state.refusal : undefined));
  // After a refusal the typed values stay; after a save the form shows the saved person.
  const typed = state.ok === false ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid="person-form" key={person.version}>
      {state.ok && (
        <p role="status" className="text-emerald-800">
          ✓ {t("saved")}
        </p>
      )}
      {message && (
        <p role="alert" className="rounded border-s-4 border-accent bg-accent-soft px-3 py-2 text-accent">
          {message}
        </p>
      )}
      <input type="hidden" name="id" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <input type="hidden" name="was.name" value={person.name} />
      <input type="hidden" name="was.role" value={person.role} />
      <input type="hidden" name="was.active" value={String(person.active)} />
      <Field id="person-name" label={t("fields.name")} error={refusal(state.fields?.name)} smallLabel>
        {(control) => <input {...control} name="name" dir="auto" defaultValue={typed?.name ?? person.name} />}
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="person-role" label={t("fields.role")} smallLabel>
          {(control) => (
            <select {...control} name="role" defaultValue={typed?.role ?? person.role}>
              <RoleOptions />
            </select>
          )}
        </Field>
        <Field id="person-active" label={t("fields.active")} smallLabel>
          {(control) => (
            <select {...control} name="active" defaultValue={typed?.active ?? String(person.active)}>
              <option value="true">{t("activeYes")}</option>
              <option value="false">{t("activeNo")}</option>
            </select>
          )}
        </Field>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}

/** A new one-time link; the old password, sessions and links stop working at once. */
export function ResetPasswordForm({ id }: { id: string }) {
  const t = useTranslations("people");
  const [state, action, pending] = useActionState<PeopleFormState, FormData>(resetPasswordAction, {});
  const refusal = useRefusalText();
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("reset")}</h2>
      <p className="text-sm text-stone-600">{t("resetHint")}</p>
      {state.ok && state.data && <OneTimeLink link={state.data.link} mailed={state.data.mailed} />}
      {state.ok === false && (
        <p role="alert" className="text-accent">
          {refusal(state.refusal)}
        </p>
      )}
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="rounded border border-ink px-4 py-2 font-semibold disabled:opacity-60">
        {t("resetButton")}
      </button>
    </form>
  );
}
