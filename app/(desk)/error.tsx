"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { STATUS_ACTION_CLASS, StatusMessage } from "@/components/ui/status-message";

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
      const up = await fetch("/api/health", { cache: "no-store" }).then(
        (r) => r.ok,
        () => false,
      );
      if (stopped) return;
      if (up && databaseDown) return window.location.reload();
      setDatabaseDown(!up);
      // check never rejects (a failed fetch counts as down), so nothing is lost by not awaiting it.
      if (!up) timer = setTimeout(() => void check(), RETRY_MS);
    };
    void check();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [databaseDown]);

  return (
    <main id="main">
      {databaseDown ? (
        <StatusMessage title={t("unavailable.title")} body={t("unavailable.body")}>
          <p role="status" className="mt-6 text-stone-500">
            {t("unavailable.retrying")}
          </p>
        </StatusMessage>
      ) : (
        <StatusMessage title={t("error.title")} body={t("error.body")}>
          <button type="button" onClick={reset} className={STATUS_ACTION_CLASS}>
            {t("error.retry")}
          </button>
        </StatusMessage>
      )}
    </main>
  );
}
