import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ArticleForm } from "@/components/dashboard/articles/article-form";
import { getDb } from "@/db";
import { listSections } from "@/db/queries/articles";
import { sectionChoices } from "@/lib/i18n/section-name";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("new") };
}

export default async function NewArticlePage() {
  await requireUser();
  const [t, locale, sections] = await Promise.all([getTranslations("articles"), getLocale(), listSections(getDb())]);
  const options = sectionChoices(sections, locale);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-2xl font-bold">{t("new")}</h1>
      <ArticleForm sections={options} defaultSection={options[0]?.slug ?? ""} />
    </div>
  );
}
