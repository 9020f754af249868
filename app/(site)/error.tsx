"use client";

import { useTranslations } from "next-intl";
import { STATUS_ACTION_CLASS, StatusMessage } from "@/components/ui/status-message";

/** A public page that failed to render (say, the database is down and it was not cached yet). */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <StatusMessage title={t("title")} body={t("body")}>
      <button type="button" onClick={reset} className={STATUS_ACTION_CLASS}>
        {t("retry")}
      </button>
    </StatusMessage>
  );
}
