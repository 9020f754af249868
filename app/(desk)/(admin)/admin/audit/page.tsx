import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditValueText } from "@/components/admin/audit-value";
import { FilterSelect } from "@/components/dashboard/filter-select";
import { Field } from "@/components/ui/field";
import { getDb } from "@/db";
import { listSections } from "@/db/queries/articles";
import { listPeopleNames } from "@/db/queries/users";
import { listAudit } from "@/db/services/audit-log";
import { AUDIT_ACTIONS, objectHref } from "@/lib/audit/actions";
import { describeChanges } from "@/lib/audit/describe";
import { sectionName } from "@/lib/i18n/section-name";
import { toActor } from "@/lib/authz/roles";
import { env } from "@/lib/env";
import { fieldErrorsOf, type FieldErrors } from "@/lib/errors";
import { pageRefusalText } from "@/server/i18n/refusal-page-text";
import { auditQuerySchema } from "@/lib/validation/audit";
import { requireUser } from "@/server/session";
import { DateInput } from "@/components/ui/date-input";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const FILTERS = ["actor", "action", "objectType", "objectId", "from", "to"] as const;

const OBJECT_TYPES = ["article", "user", "section"] as const;

/** Everything the system recorded, filtered and paged by key, with before/after and a CSV export. */
export default async function AuditPage({ searchParams }: Props) {
  const actor = toActor(await requireUser("admin"));
  const raw = await searchParams;
  const typed = Object.fromEntries(FILTERS.map((f) => [f, typeof raw[f] === "string" ? (raw[f] as string) : ""]));
  const given = Object.fromEntries(Object.entries({ ...typed, cursor: typeof raw.cursor === "string" ? raw.cursor : "" }).filter(([, v]) => v));
  const parsed = auditQuerySchema(env().NEWSROOM_TIMEZONE).safeParse(given);
  const [page, people, sections, t, format, locale] = await Promise.all([
    parsed.success ? listAudit(getDb(), actor, parsed.data) : null,
    listPeopleNames(getDb()),
    listSections(getDb()),
    getTranslations("audit"),
    getFormatter(),
    getLocale(),
  ]);
  const sectionNames = Object.fromEntries(sections.map((s) => [s.slug, sectionName(s, locale)]));
  // An action the catalogue has no words for yet shows as its code rather than as nothing.
  const actionName = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}` as never) : action);
  // The service's refusals (a bad cursor) are shown with the filters' own.
  const errors: FieldErrors = !parsed.success ? fieldErrorsOf(parsed.error.issues) : page && !page.ok ? (page.fields ?? { _: page }) : {};
  const refusal = await pageRefusalText();
  const filters = new URLSearchParams(Object.entries(typed).filter(([, v]) => v));
  const items = page?.ok ? page.data.items : [];
  // The filters' messages are listed together under the form (#audit-errors).
  const described = Object.keys(errors).length > 0 ? "audit-errors" : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <a href={`/api/v1/audit/export?${filters}`} className="text-accent underline" download>
          {t("export")}
        </a>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-4" aria-label={t("filters")}>
        <FilterSelect
          name="actor"
          label={t("fields.actor")}
          value={typed.actor ?? ""}
          any={t("any")}
          invalid={Boolean(errors.actor)}
          names
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
        <FilterSelect
          name="action"
          label={t("fields.action")}
          value={typed.action ?? ""}
          any={t("any")}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionName(a) }))}
        />
        <FilterSelect
          name="objectType"
          label={t("fields.objectType")}
          value={typed.objectType ?? ""}
          any={t("any")}
          options={OBJECT_TYPES.map((o) => ({ value: o, label: t(`objects.${o}`) }))}
        />
        <Field id="f-objectId" label={t("fields.objectId")} invalid={Boolean(errors.objectId)} describedBy={described} compact fit smallLabel>
          {(control) => <input {...control} name="objectId" dir="ltr" defaultValue={typed.objectId} className={`${control.className} w-72`} />}
        </Field>
        {(["from", "to"] as const).map((f) => (
          <Field key={f} id={`f-${f}`} label={t(`fields.${f}`)} invalid={Boolean(errors[f])} describedBy={described} compact fit smallLabel>
            {(control) => <DateInput control={control} name={f} defaultValue={typed[f]} />}
          </Field>
        ))}
        <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
          {t("apply")}
        </button>
      </form>
      {described && (
        <ul id="audit-errors" role="alert" className="rounded border-s-4 border-accent bg-accent-soft px-4 py-2 text-accent">
          {Object.entries(errors).map(([field, message]) => (
            <li key={field}>
              {FILTERS.includes(field as (typeof FILTERS)[number]) ? t(`fields.${field as (typeof FILTERS)[number]}`) : field}: {refusal(message)}
            </li>
          ))}
        </ul>
      )}
      {/* A phone scrolls the table, not the page. */}
      <div className="overflow-x-auto">
        <table className="w-full rounded border border-stone-200 bg-white text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-stone-100">
            <tr>
              {(["when", "who", "what", "changes"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-start">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 align-top">
            {items.map((entry) => {
              const href = objectHref(entry.objectType, entry.objectId);
              const name =
                entry.object && ("text" in entry.object ? entry.object.text : sectionName({ nameAr: entry.object.ar, nameEn: entry.object.en }, locale));
              const objectText = name ? (
                <bdi>{name}</bdi>
              ) : OBJECT_TYPES.includes(entry.objectType as (typeof OBJECT_TYPES)[number]) ? (
                <span className="text-stone-600">
                  {t(`objects.${entry.objectType as (typeof OBJECT_TYPES)[number]}`)} ({t("unnamed")})
                </span>
              ) : null;
              return (
                <tr key={entry.id} data-audit={entry.action}>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, "second")}</time>
                  </td>
                  <td className="px-3 py-2">
                    {entry.actor ? (
                      <Link href={`/admin/users/${entry.actor.id}`} className="text-accent underline">
                        <bdi>{entry.actor.name}</bdi>
                      </Link>
                    ) : (
                      t("system")
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <span className="font-semibold">{actionName(entry.action)}</span>
                    {objectText && (
                      <>
                        {" "}
                        {href && name ? (
                          <Link href={href} className="text-accent underline">
                            {objectText}
                          </Link>
                        ) : (
                          objectText
                        )}
                      </>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <dl className="space-y-0.5">
                      {describeChanges(entry.action, entry.before, entry.after).map((c) => (
                        <div key={c.field} className="flex flex-wrap gap-1">
                          <dt className="font-semibold">{t(`fieldNames.${c.field}`)}:</dt>
                          <dd>
                            {c.before.kind !== "none" && (
                              <>
                                <del className="decoration-2">
                                  <AuditValueText value={c.before} people={entry.people} sections={sectionNames} />
                                </del>{" "}
                                <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                                  →
                                </span>{" "}
                              </>
                            )}
                            <ins className="no-underline">
                              <AuditValueText value={c.after} people={entry.people} sections={sectionNames} />
                            </ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {items.length === 0 && <p className="text-stone-600">{t("none")}</p>}
      {page?.ok && page.data.nextCursor && (
        <Link href={`/admin/audit?${new URLSearchParams([...filters, ["cursor", page.data.nextCursor]])}`} className="text-accent underline">
          {t("next")}
        </Link>
      )}
    </div>
  );
}
