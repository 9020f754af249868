import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewSectionForm, SectionRow } from "@/components/admin/section-forms";
import { getDb } from "@/db";
import { listSectionsWithCounts } from "@/db/services/sections";
import { toActor } from "@/lib/authz/roles";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sections"))("title") };
}

export default async function SectionsPage() {
  const actor = toActor(await requireUser("admin"));
  const [list, t] = await Promise.all([listSectionsWithCounts(getDb(), actor), getTranslations("sections")]);
  const sections = list.ok ? list.data : [];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-600">{t("intro")}</p>
      <NewSectionForm />
      <ol className="space-y-3">
        {sections.map((section, i) => (
          <SectionRow key={`${section.id}-${section.position}`} section={section} first={i === 0} last={i === sections.length - 1} />
        ))}
      </ol>
    </div>
  );
}
