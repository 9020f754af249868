import { useTranslations } from "next-intl";
import { splitParagraphs, type DiffPart } from "@/lib/diff/words";

/**
 * Word diff marks that do not rely on colour: struck through and marked −,
 * underlined and marked +. Each paragraph is its own block with dir="auto",
 * so mixed Arabic and English copy keeps each paragraph's direction.
 */
export function DiffParagraphs({ parts, lang }: { parts: DiffPart[]; lang: "ar" | "en" }) {
  return (
    <div lang={lang} className="space-y-3 font-serif text-lg leading-loose" data-diff>
      {splitParagraphs(parts).map((paragraph, p) => (
        <p key={p} dir="auto" className="whitespace-pre-wrap">
          {paragraph.map((part, i) =>
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
      ))}
    </div>
  );
}

/** The changes in one field, or a note that there are none. */
export function DiffView({ parts, lang }: { parts: DiffPart[]; lang: "ar" | "en" }) {
  const t = useTranslations("history");
  if (!parts.some((p) => p.kind !== "same")) return <p className="text-sm text-stone-600">{t("noChanges")}</p>;
  return <DiffParagraphs parts={parts} lang={lang} />;
}
