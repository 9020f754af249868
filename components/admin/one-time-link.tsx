"use client";

import { useTranslations } from "next-intl";

/** A link to hand over once: it is not shown again and is stored only as a hash. */
export function OneTimeLink({ link, mailed }: { link: string; mailed?: "sent" | "failed" | "off" }) {
  const t = useTranslations("people");
  return (
    <div role="status" className="space-y-2 rounded border-s-4 border-emerald-600 bg-emerald-50 p-3 text-emerald-950" data-testid="one-time-link">
      <p className="font-semibold">{t("linkReady")}</p>
      <input
        readOnly
        dir="ltr"
        value={link}
        aria-label={t("link")}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-sm"
      />
      <p className="text-sm">{t("linkHint")}</p>
      {mailed === "sent" && <p className="text-sm font-semibold">{t("mailSent")}</p>}
      {mailed === "failed" && <p className="text-sm font-semibold text-accent">{t("mailFailed")}</p>}
    </div>
  );
}
