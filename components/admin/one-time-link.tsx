"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A link to hand over once: it is not shown again and is stored only as a hash. */
export function OneTimeLink({ link, mailed }: { link: string; mailed?: "sent" | "failed" | "off" }) {
  const t = useTranslations("people");
  const [copied, setCopied] = useState<boolean | null>(null);
  // The clipboard needs a secure context (https or localhost); where there is none, the field is still there to select.
  const copy = () => {
    if (!window.isSecureContext || !("clipboard" in navigator)) return setCopied(false);
    navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div role="status" className="space-y-2 rounded border-s-4 border-emerald-600 bg-emerald-50 p-3 text-emerald-950" data-testid="one-time-link">
      <p className="font-semibold">{t("linkReady")}</p>
      <div className="flex gap-2">
        <input
          readOnly
          dir="ltr"
          value={link}
          aria-label={t("link")}
          onFocus={(e) => e.currentTarget.select()}
          className="block min-w-0 flex-1 rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-sm"
        />
        <button type="button" onClick={copy} className="rounded bg-emerald-700 px-3 py-1 text-sm font-semibold text-white">
          {t("copy")}
        </button>
      </div>
      {copied !== null && <p className="text-sm">{t(copied ? "copied" : "copyFailed")}</p>}
      <p className="text-sm">{t("linkHint")}</p>
      {mailed === "sent" && <p className="text-sm font-semibold">{t("mailSent")}</p>}
      {mailed === "failed" && <p className="text-sm font-semibold text-accent">{t("mailFailed")}</p>}
    </div>
  );
}
