import { useTranslations } from "next-intl";
import type { ArticleStatus } from "@/lib/workflow/states";

// Shape and text carry the state; colour only adds to them.
const STYLE: Record<ArticleStatus, string> = {
  draft: "bg-stone-100 text-stone-800 border-stone-300",
  in_review: "bg-amber-50 text-amber-900 border-amber-400",
  changes_requested: "bg-orange-50 text-orange-900 border-orange-400 border-dashed",
  approved: "bg-sky-50 text-sky-900 border-sky-400",
  scheduled: "bg-indigo-50 text-indigo-900 border-indigo-400",
  published: "bg-emerald-50 text-emerald-900 border-emerald-500",
  unpublished: "bg-stone-200 text-stone-800 border-stone-500 border-dashed",
  archived: "bg-stone-200 text-stone-600 border-stone-400 line-through",
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const t = useTranslations("articles.status");
  return (
    <span data-status={status} className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLE[status]}`}>
      {t(status)}
    </span>
  );
}
