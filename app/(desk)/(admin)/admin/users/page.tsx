import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/admin/invite-form";
import { Field } from "@/components/ui/field";
import { getDb } from "@/db";
import { listPeople } from "@/db/services/people";
import { toActor } from "@/lib/authz/roles";
import { peopleQuerySchema } from "@/lib/validation/people";
import { pageRefusalText } from "@/server/i18n/refusal-page-text";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

/** The roster: search, keyset pages, and adding a person. */
export default async function PeoplePage({ searchParams }: Props) {
  const actor = toActor(await requireUser("admin"));
  const raw = await searchParams;
  const query = peopleQuerySchema.safeParse({
    q: typeof raw.q === "string" && raw.q ? raw.q : undefined,
    cursor: typeof raw.cursor === "string" ? raw.cursor : undefined,
  });
  const page = await listPeople(getDb(), actor, query.success ? query.data : { limit: 25 });
  const [t, roles, format] = await Promise.all([getTranslations("people"), getTranslations("roles"), getFormatter()]);
  const people = page.ok ? page.data.items : [];
  const q = query.success ? (query.data.q ?? "") : "";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <InviteForm />
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <Field id="people-q" label={t("search")} compact fit smallLabel>
          {(control) => <input {...control} name="q" dir="auto" defaultValue={q} />}
        </Field>
        <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
          {t("searchButton")}
        </button>
      </form>
      {!page.ok && (
        <p role="alert" className="text-accent">
          {(await pageRefusalText())(page)}
        </p>
      )}
      {/* A phone scrolls the table, not the page. */}
      <div className="overflow-x-auto">
        <table className="w-full rounded border border-stone-200 bg-white text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-stone-100">
            <tr>
              {(["name", "email", "role", "active", "lastSignIn", "stories"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-start">
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {people.map((person) => (
              <tr key={person.id} data-person={person.email}>
                <td className="px-3 py-2">
                  <Link href={`/admin/users/${person.id}`} dir="auto" className="text-accent underline">
                    {person.name}
                  </Link>
                </td>
                <td className="px-3 py-2">
                  <bdi>{person.email}</bdi>
                </td>
                <td className="px-3 py-2">{roles(person.role)}</td>
                <td className="px-3 py-2">{person.active ? (person.passwordSet ? t("activeYes") : t("invited")) : t("activeNo")}</td>
                <td className="px-3 py-2">{person.lastSignInAt ? format.dateTime(person.lastSignInAt, "minute") : "—"}</td>
                <td className="px-3 py-2">{format.number(person.stories)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.ok && page.data.nextCursor && (
        <Link href={`/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.data.nextCursor })}`} className="text-accent underline">
          {t("next")}
        </Link>
      )}
    </div>
  );
}
