"use client";

import { useTranslations } from "next-intl";

/** Text this browser kept that the server never got: bring it back or let it go. */
export function BackupOffer({ message, onRestore, onDiscard }: { message: string; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("editor.backup");
  return (
    <div role="alert" className="space-y-2 rounded border-s-4 border-amber-500 bg-amber-50 p-3" data-testid="backup-offer">
      <p>{message}</p>
      <div className="flex gap-3">
        <button type="button" className="rounded bg-ink px-3 py-1 font-semibold text-white" onClick={onRestore}>
          {t("restore")}
        </button>
        <button type="button" className="underline" onClick={onDiscard}>
          {t("discard")}
        </button>
      </div>
    </div>
  );
}
