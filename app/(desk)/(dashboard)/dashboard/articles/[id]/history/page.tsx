import type { Metadata } from "next";
import Link from "next/link";
import { isolate } from "@/lib/arabic/bidi";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DiffView } from "@/components/dashboard/articles/diff-view";
import { RestoreButton } from "@/components/dashboard/articles/restore-button";
import { StatusBadge } from "@/components/dashboard/articles/status-badge";
import { Field } from "@/components/ui/field";
import { getDb } from "@/db";
import { getArticle } from "@/db/services/article-read";
import { getRevision, listRevisions } from "@/db/services/article-revisions";
import { toActor } from "@/lib/authz/roles";
import { diffRevisions } from "@/lib/diff/revisions";
import { articleIdSchema } from "@/lib/validation/article";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

/** Every version of a story, a word diff between any two, and restore. */
export default async function HistoryPage({ params, searchParams }: Props) {
  const actor = toActor(await requireUser());
  const { id } = await params;
  if (!articleIdSchema.safeParse(id).success) notFound();
  const [story, revisions] = await Promise.all([getArticle(getDb(), actor, id), listRevisions(getDb(), actor, id)]);
  if (!story.ok || !revisions.ok) notFound();
  const list = revisions.data;
  const query = await searchParams;
  const pick = (value: unknown, fallback: string | undefined) => (typeof value === "string" && list.some((r) => r.id === value) ? value : fallback);
  const toId = pick(query.to, list.find((r) => r.working)?.id ?? list[0]?.id);
  // By default, the newest earlier version whose text differs: a workflow step's version changes nothing to compare.
  const older = list.slice(list.findIndex((r) => r.id === toId) + 1);
  const toKey = list.find((r) => r.id === toId)?.textKey;
  const fromId = pick(query.from, (older.find((r) => r.textKey !== toKey) ?? older[0])?.id);
  const [from, to] = await Promise.all([fromId ? getRevision(getDb(), actor, id, fromId) : null, toId ? getRevision(getDb(), actor, id, toId) : null]);
  const [t, format] = await Promise.all([getTranslations("history"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, "second");
  const language = story.data.language;
  const diff = from?.ok && to?.ok ? diffRevisions(from.data, to.data, language) : null;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {t("title")}:{" "}
          <span lang={language} dir="auto" className="font-serif">
            {story.data.headline}
          </span>
        </h1>
        <Link href={`/dashboard/articles/${id}`} className="text-accent underline">
          {t("back")}
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-4" aria-label={t("compareAny")}>
        {(
          [
            ["from", fromId],
            ["to", toId],
          ] as const
        ).map(([name, selected]) => (
          <Field
            key={name}
            id={`compare-${name}`}
            label={t(name === "from" ? "compareFrom" : "compareTo")}
            compact
            fit
            smallLabel
            className="max-w-full min-w-0"
          >
            {(control) => (
              <select {...control} key={selected} name={name} defaultValue={selected} className={`${control.className} max-w-full`}>
                {list.map((revision) => (
                  <option key={revision.id} value={revision.id}>
                    {when(revision.createdAt)} · {revision.author ? isolate(revision.author.name) : "—"}
                    {revision.working ? ` · ${t("working")}` : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
        <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
          {t("compareButton")}
        </button>
      </form>
      {diff && from?.ok && to?.ok && (
        <section aria-labelledby="diff-heading" className="space-y-4 rounded border border-stone-200 bg-white p-5">
          <h2 id="diff-heading" className="text-lg font-semibold">
            {t("comparing", { from: when(from.data.createdAt), to: when(to.data.createdAt) })}
          </h2>
          <p className="text-sm text-stone-600">{t("legend")}</p>
          {diff.coarse && (
            <p className="text-sm text-stone-600" data-diff-coarse>
              {t("coarse")}
            </p>
          )}
          {(["headline", "dek", "body"] as const).map((field) => (
            <div key={field}>
              <h3 className="font-semibold">{t(`fields.${field}`)}</h3>
              <DiffView parts={diff[field]} lang={language} />
            </div>
          ))}
        </section>
      )}
      {/* A phone scrolls the table, not the page. */}
      <div className="overflow-x-auto">
        <table className="w-full rounded border border-stone-200 bg-white text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="bg-stone-100">
            <tr>
              {(["when", "who", "status", "why"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-start">
                  {t(c)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-start" />
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {list.map((revision) => (
              <tr key={revision.id} data-revision={revision.id}>
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={revision.createdAt.toISOString()}>{when(revision.createdAt)}</time>
                  {revision.working && <span className="ms-2 rounded bg-stone-200 px-1.5 text-xs">{t("working")}</span>}
                  {revision.live && <span className="ms-2 rounded bg-emerald-100 px-1.5 text-xs">{t("live")}</span>}
                  {revision.autosave && (
                    <span
                      className="ms-2 rounded bg-sky-100 px-1.5 text-xs"
                      title={revision.updatedAt ? t("autosavedUntil", { time: when(revision.updatedAt) }) : undefined}
                    >
                      {t("autosaved")}
                    </span>
                  )}
                </td>
                <td className="px-3 py-2">{revision.author ? <bdi>{revision.author.name}</bdi> : "—"}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={revision.status} />
                </td>
                <td className="px-3 py-2">
                  {revision.restoredFrom && <p>{t("restoredFrom", { time: when(revision.restoredFrom) })}</p>}
                  {revision.reason && <p dir="auto">{revision.reason}</p>}
                </td>
                <td className="space-y-1 px-3 py-2">
                  {!revision.working && (
                    <>
                      <Link href={`?from=${revision.id}&to=${list.find((r) => r.working)?.id ?? ""}`} className="block text-accent underline">
                        {t("compare")}
                      </Link>
                      {story.data.canEdit && <RestoreButton id={id} version={story.data.version} revisionId={revision.id} />}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
