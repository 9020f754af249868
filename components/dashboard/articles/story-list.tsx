import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ArticleSummary } from "@/db/services/article-read";
import { joinNames } from "@/lib/i18n/names";
import { sectionName } from "@/lib/i18n/section-name";
import { elapsed } from "@/lib/time/duration";
import { PublishedLate } from "./published-late";
import { StatusBadge } from "./status-badge";

/** A compact queue of stories with what the desk needs to see about each. */
export async function StoryList({
  stories,
  now,
  formatTime,
  show,
}: {
  stories: ArticleSummary[];
  now: Date;
  formatTime: (d: Date) => string;
  show: ("editor" | "deadline" | "waiting" | "reason" | "publishAt")[];
}) {
  const [t, tq, locale] = await Promise.all([getTranslations("articles"), getTranslations("queues"), getLocale()]);
  if (stories.length === 0) return <p className="text-stone-600">{tq("empty")}</p>;
  return (
    <ul className="divide-y divide-stone-100">
      {stories.map((story) => {
        const overdue = story.deadline !== null && story.deadline < now;
        return (
          <li key={story.id} className="py-2">
            <div className="flex flex-wrap items-baseline gap-2">
              <Link href={`/dashboard/articles/${story.id}`} lang={story.language} dir="auto" className="font-semibold hover:underline">
                {story.headline}
              </Link>
              <StatusBadge status={story.status} />
              {story.status === "published" && <PublishedLate seconds={story.publishedLateSeconds} />}
              {overdue && show.includes("deadline") && <span className="rounded bg-accent px-1.5 text-xs font-bold text-white">⚠ {t("desk.overdue")}</span>}
            </div>
            <p className="text-sm text-stone-600">
              <bdi>{sectionName(story.section, locale)}</bdi> ·{" "}
              {joinNames(
                story.authors.map((a) => a.name),
                locale,
              )}
              {show.includes("editor") && (
                <> · {story.assignedEditor ? t.rich("desk.with", { name: () => <bdi>{story.assignedEditor!.name}</bdi> }) : t("desk.unassigned")}</>
              )}
              {show.includes("deadline") && story.deadline && <> · {t("desk.due", { time: formatTime(story.deadline) })}</>}
              {show.includes("waiting") && (
                <>
                  {" · "}
                  <time dateTime={story.statusChangedAt.toISOString()} title={formatTime(story.statusChangedAt)}>
                    {tq("waiting", { duration: elapsed(story.statusChangedAt, now, locale === "ar" ? "ar" : "en") })}
                  </time>
                </>
              )}
              {show.includes("publishAt") && story.publishAt && <> · {t("desk.scheduledFor", { time: formatTime(story.publishAt) })}</>}
            </p>
            {show.includes("reason") && story.statusReason && (
              <p dir="auto" className="mt-1 rounded bg-orange-50 px-2 py-1 text-sm text-orange-900">
                {t("desk.reason", { reason: story.statusReason })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
