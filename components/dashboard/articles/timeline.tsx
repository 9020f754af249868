import { getTranslations } from "next-intl/server";
import type { TimelineEntry } from "@/db/queries/timeline";

/** The story's history from the audit log: who did what, when, and why, in the audit log's words. */
export async function Timeline({ entries, formatTime }: { entries: TimelineEntry[]; formatTime: (d: Date) => string }) {
  const [t, audit] = await Promise.all([getTranslations("articles.timeline"), getTranslations("audit.actions")]);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-stone-600">{t("empty")}</p>
      ) : (
        <ol className="mt-2 space-y-2 border-s-2 border-stone-300 ps-4">
          {entries.map((entry) => {
            const after = (entry.after ?? {}) as { reason?: string; override?: boolean };
            return (
              <li key={entry.id} className="text-sm">
                <time dateTime={entry.at.toISOString()} className="text-stone-500">
                  {formatTime(entry.at)}
                </time>{" "}
                <strong>{entry.actor ? <bdi>{entry.actor}</bdi> : t("system")}</strong> ·{" "}
                {/* The action as a noun ("publishing the story"), which needs no gender; an unknown one shows as its code. */}
                {audit.has(entry.action) ? audit(entry.action as never) : entry.action}
                {after.override && <span className="ms-1 text-amber-800">{t("override")}</span>}
                {after.reason && (
                  <q dir="auto" className="ms-1 text-stone-700">
                    {after.reason}
                  </q>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
