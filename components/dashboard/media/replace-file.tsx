"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRefusalText } from "@/components/ui/refusal-text";
import { sendPicture, uploadRefusals } from "./upload-request";

/**
 * A new file for the picture, under the same id: every story showing it shows
 * the new one. The version the page showed goes with it, so a replacement
 * made meanwhile by someone else is not silently undone.
 */
export function ReplaceFile({ id, version }: { id: string; version: number }) {
  const t = useTranslations("media");
  const refusal = useRefusalText();
  const router = useRouter();
  const [percent, setPercent] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  async function replace(file: File) {
    const form = new FormData();
    form.append("version", String(version));
    form.append("file", file);
    setOutcome(null);
    setPercent(0);
    try {
      const answer = await sendPicture(form, setPercent, id);
      if (answer.status === 200) {
        setOutcome({ ok: true, text: t("replaced") });
        router.refresh();
      } else {
        const refused = uploadRefusals(answer.body);
        setOutcome({ ok: false, text: refusal(refused.file ?? Object.values(refused.fields)[0]) ?? t("failed") });
      }
    } catch {
      setOutcome({ ok: false, text: t("network") });
    } finally {
      setPercent(null);
    }
  }

  return (
    <section className="space-y-2 rounded border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("replace")}</h2>
      <p className="text-sm text-stone-600">{t("replaceHint")}</p>
      <label className="inline-block cursor-pointer rounded border border-stone-400 px-3 py-1.5 font-semibold focus-within:outline-2">
        {t("replaceButton")}
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          className="sr-only"
          disabled={percent !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void replace(file);
          }}
        />
      </label>
      {percent !== null && <progress max={100} value={percent} aria-label={t("replace")} className="block h-2 w-full" />}
      {outcome && (
        <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-emerald-800" : "text-accent"}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
