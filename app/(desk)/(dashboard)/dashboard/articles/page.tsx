import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/dashboard/articles/status-badge";
import { getDb } from "@/db";
import { listSections } from "@/db/queries/articles";
import { listPeopleNames } from "@/db/queries/users";
import { listArticles } from "@/db/services/article-read";
import { searchDesk } from "@/db/services/search";
import { toActor, type Actor } from "@/lib/authz/roles";
import { isolate } from "@/lib/arabic/bidi";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locale";
import { invalid, ok } from "@/lib/errors";
import { joinNames } from "@/lib/i18n/names";
import { sectionName } from "@/lib/i18n/section-name";
import { listQuerySchema, LIST_SORTS } from "@/lib/validation/article";
import { deskSearchSchema, SEARCH_SORTS } from "@/lib/validation/search";
import { refusalText } from "@/server/i18n/refusal-text";
import { Excerpt, MarkedText } from "@/components/search/marked-text";
import { ARTICLE_STATUSES } from "@/lib/workflow/states";
import { requireUser } from "@/server/session";
import { FilterSelect } from "@/components/dashboard/filter-select";
import { Field } from "@/components/ui/field";
import { FoldAway } from "@/components/ui/fold-away";
import { DateInput } from "@/components/ui/date-input";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SEARCH_PARAMS = ["q", "status", "section", "author", "language", "from", "to", "sort", "cursor"];

async function listStories(actor: Actor, raw: Record<string, string>) {
  const parsed = listQuerySchema.safeParse(raw);
  const query = parsed.success ? parsed.data : listQuerySchema.parse({});
  const listed = await listArticles(getDb(), actor, query);
  // A stale or hand-edited cursor shows the first page rather than an empty table.
  const result = !listed.ok && listed.fields?.cursor ? await listArticles(getDb(), actor, { ...query, cursor: undefined }) : listed;
  return result.ok ? ok({ ...result.data, correctedQuery: null }) : result;
}

async function searchStories(actor: Actor, raw: Record<string, string>) {
  const parsed = deskSearchSchema(env().NEWSROOM_TIMEZONE).safeParse(raw);
  if (!parsed.success) return invalid(parsed.error.issues);
  return searchDesk(getDb(), actor, parsed.data);
}

/** The desk's table of stories; every filter lives in the URL, so a view can be shared. */
export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  // Words in the search box make it a search (db/services/search.ts) with the same filters.
  const searching = params.some(([name, value]) => name === "q" && value.trim() !== "");
  // Only the view's own parameters count; others (a tracking tag, say) are ignored, not fatal.
  const known = new Set(searching ? SEARCH_PARAMS : Object.keys(listQuerySchema.shape));
  const raw = Object.fromEntries(
    params.filter(([name, value]) => known.has(name) && !(searching && name === "sort" && !(SEARCH_SORTS as readonly string[]).includes(value))),
  );
  const [t, format, locale, sections, staff, result] = await Promise.all([
    getTranslations("articles"),
    getFormatter(),
    getLocale(),
    listSections(getDb()),
    listPeopleNames(getDb()),
    searching ? searchStories(toActor(user), raw) : listStories(toActor(user), raw),
  ]);
  const page = result.ok ? result.data : { items: [], nextCursor: null, correctedQuery: null };
  const problem =
    !result.ok && result.fields
      ? Object.values(result.fields)
          .map((refusal) => refusalText(refusal, isLocale(locale) ? locale : "ar"))
          .join(" ")
      : null;
  const query = { sort: searching ? "relevance" : "updated_desc", ...raw } as Record<string, string | undefined>;
  const nextHref = page.nextCursor
    ? `?${new URLSearchParams({ ...raw, ...(page.correctedQuery ? { q: page.correctedQuery } : {}), cursor: page.nextCursor })}`
    : null;
  const firstPage = new URLSearchParams(raw);
  firstPage.delete("cursor");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <div className="flex gap-2">
          <Link href="/dashboard/articles/import" className="rounded border border-stone-400 px-4 py-2 font-semibold">
            {t("importLink")}
          </Link>
          <Link href="/dashboard/articles/new" className="rounded bg-accent px-4 py-2 font-semibold text-white">
            + {t("new")}
          </Link>
        </div>
      </div>
      <FoldAway id="story-filters" label={t("filters.show")} buttonClassName="rounded border border-stone-400 px-3 py-1.5 font-semibold">
        <form method="get" aria-label={t("filters.title")} className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7">
          <Field id="q" label={t("filters.q")} className="lg:col-span-2" compact smallLabel>
            {(control) => <input {...control} name="q" type="search" dir="auto" maxLength={200} defaultValue={query.q} />}
          </Field>
          <FilterSelect
            name="status"
            label={t("filters.status")}
            value={query.status ?? ""}
            any={t("filters.any")}
            options={ARTICLE_STATUSES.map((v) => ({ value: v, label: t(`status.${v}`) }))}
          />
          <FilterSelect
            name="section"
            label={t("filters.section")}
            value={query.section ?? ""}
            any={t("filters.any")}
            names
            options={sections.map((v) => ({ value: v.slug, label: sectionName(v, locale) }))}
          />
          <FilterSelect
            name="author"
            names
            label={t("filters.author")}
            value={query.author ?? ""}
            any={t("filters.any")}
            options={[{ value: "me", label: t("filters.me") }, ...staff.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <FilterSelect
            name="language"
            label={t("filters.language")}
            value={query.language ?? ""}
            any={t("filters.any")}
            options={(["ar", "en"] as const).map((v) => ({ value: v, label: t(`languages.${v}`) }))}
          />
          <FilterSelect
            name="sort"
            label={t("filters.sort")}
            value={query.sort ?? ""}
            options={(searching ? SEARCH_SORTS : LIST_SORTS).map((v) => ({ value: v, label: t(`sort.${v}`) }))}
          />
          {searching &&
            (["from", "to"] as const).map((name) => (
              <Field key={name} id={name} label={t(`filters.${name}`)} compact smallLabel>
                {(control) => <DateInput control={control} name={name} defaultValue={query[name]} />}
              </Field>
            ))}
          <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-7">
            <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
              {t("filters.apply")}
            </button>
            <Link href="/dashboard/articles" className="rounded border border-stone-400 px-4 py-1.5">
              {t("filters.clear")}
            </Link>
          </div>
        </form>
      </FoldAway>
      {searching && <p className="text-sm text-stone-600">{t("search.hint")}</p>}
      {problem && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t("search.invalid", { problem })}
        </p>
      )}
      {page.correctedQuery && (
        <p className="rounded border border-stone-300 bg-stone-50 p-3">
          {t("search.corrected", { q: isolate(query.q ?? ""), corrected: isolate(page.correctedQuery) })}
        </p>
      )}
      <div className="overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full text-start text-sm">
          <caption className="sr-only">{t("table.caption")}</caption>
          <thead className="bg-stone-100 text-start">
            <tr>
              {(["headline", "status", "section", "authors", "editor", "deadline", "updated"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-start font-semibold">
                  {t(`table.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {page.items.length === 0 && (
              <tr>
                <td colSpan={7} className="px-3 py-6 text-center text-stone-600">
                  {searching ? t("search.empty") : t("table.empty")}
                </td>
              </tr>
            )}
            {page.items.map((story) => (
              <tr key={story.id}>
                <td className="px-3 py-2">
                  <Link href={`/dashboard/articles/${story.id}`} lang={story.language} dir="auto" className="font-semibold hover:underline">
                    {"snippet" in story ? <MarkedText parts={story.snippet.headline} /> : story.headline}
                  </Link>
                  {"snippet" in story && story.snippet.excerpt.length > 0 && (
                    <p lang={story.language} dir="auto" className="mt-1 max-w-prose text-stone-600">
                      <Excerpt fragments={story.snippet.excerpt} />
                    </p>
                  )}
                </td>
                <td className="px-3 py-2">
                  <StatusBadge status={story.status} />
                </td>
                <td className="px-3 py-2">
                  <bdi>{sectionName(story.section, locale)}</bdi>
                </td>
                <td className="px-3 py-2">
                  {joinNames(
                    story.authors.map((a) => a.name),
                    locale,
                  )}
                </td>
                <td className="px-3 py-2">{story.assignedEditor ? <bdi>{story.assignedEditor.name}</bdi> : "—"}</td>
                <td className="px-3 py-2">{story.deadline ? format.dateTime(story.deadline, "compact") : "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(story.updatedAt, "compact")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={t("table.caption")} className="flex gap-3">
        {query.cursor && (
          <Link href={`?${firstPage}`} className="rounded border border-stone-400 px-4 py-1.5">
            {t("pagination.first")}
          </Link>
        )}
        {nextHref && (
          <Link href={nextHref} rel="next" className="rounded border border-stone-400 px-4 py-1.5">
            {t("pagination.next")}
          </Link>
        )}
      </nav>
    </div>
  );
}
