"use client";

import { useTranslations } from "next-intl";

/** A public page that failed to render (say, the database is down and it was not cached yet). */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-ink px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
