import { siteTranslations } from "@/server/public/site-i18n";

/** The site's search box: a plain GET form, so it works without JavaScript. */
export async function SearchForm({ q = "", id = "site-search", large = false }: { q?: string; id?: string; large?: boolean }) {
  const t = await siteTranslations("site");
  return (
    // The masthead's form and the search page's are told apart by their names.
    <form method="get" action="/search" role="search" aria-label={large ? t("searchTitle") : t("search")} className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {t("searchLabel")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        dir="auto"
        defaultValue={q}
        maxLength={200}
        placeholder={t("searchLabel")}
        className={`min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 ${large ? "py-2 text-lg" : "py-1 text-sm"}`}
      />
      <button type="submit" className={`rounded bg-accent font-semibold text-white ${large ? "px-5 py-2" : "px-3 py-1 text-sm"}`}>
        {t("searchButton")}
      </button>
    </form>
  );
}
