import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PersonForm, ResetPasswordForm } from "@/components/admin/person-form";
import { getDb } from "@/db";
import { getPerson } from "@/db/services/people";
import { toActor } from "@/lib/authz/roles";
import { articleIdSchema } from "@/lib/validation/article";
import { requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PersonPage({ params }: Props) {
  const actor = toActor(await requireUser("admin"));
  const { id } = await params;
  if (!articleIdSchema.safeParse(id).success) notFound();
  const person = await getPerson(getDb(), actor, id);
  if (!person.ok) notFound();
  const [t, format] = await Promise.all([getTranslations("people"), getFormatter()]);
  const p = person.data;
  return (
    <div className="max-w-2xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 dir="auto" className="text-2xl font-bold">
          {p.name}
        </h1>
        <Link href="/admin/users" className="text-accent underline">
          {t("back")}
        </Link>
      </div>
      <p className="text-stone-600">
        <bdi>{p.email}</bdi> · {t("storiesCount", { count: p.stories })} ·{" "}
        {p.lastSignInAt ? t("lastSignIn", { time: format.dateTime(p.lastSignInAt, "minute") }) : t("neverSignedIn")}
      </p>
      <PersonForm person={p} />
      <ResetPasswordForm id={p.id} />
    </div>
  );
}
