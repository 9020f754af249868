import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-6xl font-bold text-accent" aria-hidden>
        403
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("body")}</p>
      <Link href="/dashboard" className="mt-6 inline-block rounded bg-ink px-4 py-2 text-white">
        {t("back")}
      </Link>
    </main>
  );
}
