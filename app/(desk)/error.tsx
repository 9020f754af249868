"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const RETRY_MS = 2_000;

/**
 * Shown instead of any unexpected failure: never a stack trace. When the
 * failure is the database going away, it says so and reloads the page by
 * itself once the database answers again.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  const [databaseDown, setDatabaseDown] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const up = await fetch("/api/health", { cache: "no-store" }).then((r) => r.ok, () => false);
      if (stopped) return;
      if (up && databaseDown) return window.location.reload();
      setDatabaseDown(!up);
      if (!up) timer = setTimeout(check, RETRY_MS);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [databaseDown]);

  if (databaseDown) {
    return (
      <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
        <h1 className="text-2xl font-bold">{t("unavailable.title")}</h1>
        <p className="mt-3 text-stone-600">{t("unavailable.body")}</p>
        <p role="status" className="mt-6 text-stone-500">
          {t("unavailable.retrying")}
        </p>
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-bold">{t("error.title")}</h1>
      <p className="mt-3 text-stone-600">{t("error.body")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-ink px-4 py-2 text-white">
        {t("error.retry")}
      </button>
    </main>
  );
}
