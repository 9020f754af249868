"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { joinNames } from "@/lib/i18n/names";

// Well inside the 30 s after which the server forgets a silent viewer.
const BEAT_MS = 10_000;

/** Tells the server this story is open here, and shows who else has it open. */
export function Presence({ articleId }: { articleId: string }) {
  const t = useTranslations("articles");
  const locale = useLocale();
  const [others, setOthers] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    let stopped = false;
    const beat = async () => {
      try {
        const response = await fetch(`/api/v1/articles/${articleId}/presence`, { method: "POST", headers: { "content-type": "application/json" } });
        if (response.ok && !stopped) setOthers(((await response.json()) as { others: { id: string; name: string }[] }).others);
      } catch {
        // Offline for a moment: the next beat tries again.
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), BEAT_MS);
    // Leaving the page (or the story, inside the desk) takes this person off the others' list at once.
    const leave = () => void fetch(`/api/v1/articles/${articleId}/presence`, { method: "DELETE", keepalive: true }).catch(() => undefined);
    window.addEventListener("pagehide", leave);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [articleId]);
  if (others.length === 0) return null;
  return (
    <p aria-live="polite" data-testid="presence" className="rounded bg-sky-50 px-3 py-1 text-sm text-sky-900">
      👥{" "}
      {t("presence", {
        names: joinNames(
          others.map((o) => o.name),
          locale,
        ),
      })}
    </p>
  );
}
