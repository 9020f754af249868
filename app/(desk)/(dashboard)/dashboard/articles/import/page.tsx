import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/dashboard/articles/import-form";
import { getDb } from "@/db";
import { listSections } from "@/db/queries/articles";
import { env } from "@/lib/env";
import { sectionChoices } from "@/lib/i18n/section-name";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage() {
  await requireUser();
  const [t, locale, sections] = await Promise.all([getTranslations("import"), getLocale(), listSections(getDb())]);
  const year = Number(new Intl.DateTimeFormat("en", { timeZone: env().NEWSROOM_TIMEZONE, year: "numeric" }).format(new Date()));
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-600">{t.rich("intro", { ar: (words) => <span lang="ar">{words}</span> })}</p>
      <ImportForm sections={sectionChoices(sections, locale)} year={year} />
    </div>
  );
}
