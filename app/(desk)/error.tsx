"use client";

import { useTranslations } from "next-intl";

/** Shown instead of any unexpected failure: never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-ink px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
