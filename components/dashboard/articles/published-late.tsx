import { getTranslations } from "next-intl/server";

/** Marks a story whose schedule fired late (the database or every worker was down at its time). */
export async function PublishedLate({ seconds }: { seconds: number | null }) {
  if (seconds === null) return null;
  const t = await getTranslations("articles.desk");
  return (
    <span className="rounded border border-amber-500 bg-amber-50 px-1.5 text-xs font-semibold text-amber-900" data-testid="published-late">
      {t("publishedLate", { minutes: Math.max(1, Math.round(seconds / 60)) })}
    </span>
  );
}
