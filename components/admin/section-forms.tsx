"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { isolate } from "@/lib/arabic/bidi";
import { sectionName } from "@/lib/i18n/section-name";
import { useRefusalText } from "@/components/ui/refusal-text";
import { changeSectionAction, createSectionAction, deleteSectionAction, moveSectionAction, type SectionFormState } from "@/server/actions/sections";

type Section = { id: string; slug: string; nameAr: string; nameEn: string; hidden: boolean; stories: number; version: number };

function Fields({ prefix, state, section }: { prefix: string; state: SectionFormState; section?: Section }) {
  const t = useTranslations("sections");
  const refusal = useRefusalText();
  return (
    <>
      {(["nameAr", "nameEn", "slug"] as const).map((name) => (
        <Field key={name} id={`${prefix}-${name}`} label={t(`fields.${name}`)} error={refusal(state.fields?.[name])} compact smallLabel>
          {(control) => (
            <input
              {...control}
              name={name}
              dir={name === "nameAr" ? "rtl" : name === "nameEn" ? "ltr" : "auto"}
              defaultValue={(state.ok === false ? state.values?.[name] : undefined) ?? section?.[name] ?? ""}
            />
          )}
        </Field>
      ))}
    </>
  );
}

function Outcome({ state }: { state: SectionFormState }) {
  const t = useTranslations("sections");
  const refusal = useRefusalText();
  if (state.ok)
    return (
      <p role="status" className="text-sm text-emerald-800">
        ✓ {t("saved")}
      </p>
    );
  if (state.refusal && !state.fields)
    return (
      <p role="alert" className="text-sm text-accent">
        {refusal(state.refusal)}
      </p>
    );
  return null;
}

export function NewSectionForm() {
  const t = useTranslations("sections");
  const [state, action, pending] = useActionState<SectionFormState, FormData>(createSectionAction, {});
  return (
    <form action={action} noValidate className="space-y-3 rounded border border-stone-200 bg-white p-4" key={state.ok ? "done" : "typing"}>
      <h2 className="text-lg font-semibold">{t("add")}</h2>
      <Outcome state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Fields prefix="new" state={state} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-4 py-1.5 font-semibold text-white disabled:opacity-60">
        {t("create")}
      </button>
    </form>
  );
}

/** One section: names, address, visibility, its place in the order, and deletion while it is empty. */
export function SectionRow({ section, first, last }: { section: Section; first: boolean; last: boolean }) {
  const t = useTranslations("sections");
  const locale = useLocale();
  const [state, action, pending] = useActionState<SectionFormState, FormData>(changeSectionAction, {});
  const [moved, move] = useActionState<SectionFormState, FormData>(moveSectionAction, {});
  const [deleted, remove] = useActionState<SectionFormState, FormData>(deleteSectionAction, {});
  return (
    <li className="space-y-2 rounded border border-stone-200 bg-white p-4" data-section={section.slug}>
      {/* Each field is sent only when changed; after a save the form starts again from what the server holds (its key). */}
      <form action={action} noValidate className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_1fr_auto_auto]" key={section.version}>
        <input type="hidden" name="id" value={section.id} />
        <input type="hidden" name="version" value={section.version} />
        {(["slug", "nameAr", "nameEn"] as const).map((name) => (
          <input key={name} type="hidden" name={`was.${name}`} value={section[name]} />
        ))}
        <input type="hidden" name="was.hidden" value={section.hidden ? "on" : ""} />
        <Fields prefix={section.id} state={state} section={section} />
        <label className="flex items-center gap-2 pb-1 text-sm">
          <input type="hidden" name="hidden" value="" />
          <input type="checkbox" name="hidden" defaultChecked={section.hidden} /> {t("fields.hidden")}
        </label>
        <button type="submit" disabled={pending} className="rounded bg-ink px-3 py-1 font-semibold text-white disabled:opacity-60">
          {t("save")}
        </button>
      </form>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-stone-600">{t("stories", { count: section.stories })}</span>
        {(["up", "down"] as const).map((direction) => (
          <form key={direction} action={move}>
            <input type="hidden" name="id" value={section.id} />
            <input type="hidden" name="direction" value={direction} />
            <button
              type="submit"
              disabled={direction === "up" ? first : last}
              className="rounded border border-stone-300 px-2 py-0.5 disabled:opacity-40"
              aria-label={t(direction === "up" ? "moveUp" : "moveDown", { name: isolate(sectionName(section, locale)) })}
            >
              {direction === "up" ? "↑" : "↓"}
            </button>
          </form>
        ))}
        {section.stories === 0 && (
          <form action={remove}>
            <input type="hidden" name="id" value={section.id} />
            <button type="submit" className="text-accent underline">
              {t("delete")}
            </button>
          </form>
        )}
      </div>
      {!pending && <Outcome state={state} />}
      {moved.ok === false && <Outcome state={moved} />}
      {deleted.ok === false && <Outcome state={deleted} />}
    </li>
  );
}
