import { useTranslations } from "next-intl";
import type { DiffPart } from "@/lib/diff/words";

/** A word diff that does not rely on colour: struck through and marked −, underlined and marked +. */
export function DiffView({ parts, lang }: { parts: DiffPart[]; lang: "ar" | "en" }) {
  const t = useTranslations("history");
  if (!parts.some((p) => p.kind !== "same")) return <p className="text-sm text-stone-600">{t("noChanges")}</p>;
  return (
    <p lang={lang} dir="auto" className="font-serif text-lg leading-loose whitespace-pre-wrap" data-diff>
      {parts.map((part, i) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "removed" ? (
          <del key={i} className="bg-red-100 text-red-900 decoration-2">
            <sup aria-hidden="true">−</sup>
            {part.text}
          </del>
        ) : (
          <ins key={i} className="bg-emerald-100 text-emerald-900 underline decoration-2">
            <sup aria-hidden="true">+</sup>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}
