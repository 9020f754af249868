import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { adminCounts } from "@/db/queries/admin-overview";
import { requireUser } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  await requireUser("admin");
  const [t, format, counts] = await Promise.all([getTranslations("admin"), getFormatter(), adminCounts(getDb())]);
  const cards = [
    { label: t("people"), value: counts.people, href: "/admin/users" },
    { label: t("sections"), value: counts.sections, href: "/admin/sections" },
    { label: t("auditEvents"), value: counts.auditEvents, href: "/admin/audit" },
  ];
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-stone-600">{t("intro")}</p>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {cards.map((card) => (
          <div key={card.label} className="rounded border border-stone-200 bg-white p-5">
            <dt className="text-sm text-stone-600">
              {card.href ? (
                <Link href={card.href} className="text-accent underline">
                  {card.label}
                </Link>
              ) : (
                card.label
              )}
            </dt>
            <dd className="mt-1 text-3xl font-bold">{format.number(card.value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
