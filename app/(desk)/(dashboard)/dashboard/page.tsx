import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StoryList } from "@/components/dashboard/articles/story-list";
import { getDb } from "@/db";
import { deskQueue, type QueueOrder } from "@/db/services/article-read";
import { hasRole } from "@/lib/authz/roles";
import type { ArticleStatus } from "@/lib/workflow/states";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type Queue = {
  key: string;
  status: ArticleStatus;
  order: QueueOrder;
  mine: boolean;
  limit?: number;
  show: ("editor" | "deadline" | "waiting" | "reason" | "publishAt")[];
};

const REPORTER_QUEUES: Queue[] = [
  { key: "returned", status: "changes_requested", order: "waiting", mine: true, show: ["reason", "editor", "deadline"] },
  { key: "myDrafts", status: "draft", order: "waiting", mine: true, show: ["deadline"] },
  { key: "inReview", status: "in_review", order: "waiting", mine: true, show: ["editor", "waiting"] },
  { key: "recentlyPublished", status: "published", order: "published", mine: true, limit: 5, show: [] },
];

const EDITOR_QUEUES: Queue[] = [
  { key: "reviewQueue", status: "in_review", order: "waiting", mine: false, show: ["waiting", "editor", "deadline"] },
  { key: "ready", status: "approved", order: "waiting", mine: false, show: ["waiting", "editor", "deadline"] },
  { key: "scheduled", status: "scheduled", order: "publish_at", mine: false, show: ["publishAt"] },
  { key: "recentlyPublished", status: "published", order: "published", mine: false, limit: 10, show: [] },
];

export default async function DashboardPage() {
  const user = await requireUser();
  const now = new Date();
  const queues = hasRole(user.role, "editor") ? EDITOR_QUEUES : REPORTER_QUEUES;
  const [t, tq, format, contents] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("queues"),
    getFormatter(),
    Promise.all(queues.map((q) => deskQueue(getDb(), { status: q.status, order: q.order, now, limit: q.limit, authorId: q.mine ? user.id : undefined }))),
  ]);
  const formatTime = (d: Date) => format.dateTime(d, "minute");
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t.rich("welcome", { name: () => <bdi>{user.name}</bdi> })}</h1>
          <p className="mt-2 text-stone-600">{t(`roleIntro.${user.role}`)}</p>
        </div>
        <Link href="/dashboard/articles/new" className="rounded bg-accent px-4 py-2 font-semibold text-white">
          + {(await getTranslations("articles"))("new")}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {queues.map((queue, i) => (
          <section key={queue.key} aria-labelledby={`queue-${queue.key}`} data-queue={queue.key} className="rounded border border-stone-200 bg-white p-5">
            <h2 id={`queue-${queue.key}`} className="flex items-baseline justify-between text-lg font-semibold">
              {tq(queue.key)} <span className="text-sm font-normal text-stone-500">{tq("count", { count: contents[i]!.total })}</span>
            </h2>
            <div className="mt-2">
              <StoryList stories={contents[i]!.items} now={now} formatTime={formatTime} show={queue.show} />
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
