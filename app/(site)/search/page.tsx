import type { Metadata } from "next";
import { isolate, neutraliseBidiControls } from "@/lib/arabic/bidi";
import { SearchResults } from "@/components/public/search-results";
import { siteTranslations } from "@/server/public/site-i18n";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await siteTranslations("site");
  // Typed text, so a stray bidi control could spill out of the isolate around it.
  const q = neutraliseBidiControls(
    first((await searchParams).q)
      ?.trim()
      .slice(0, 200) ?? "",
  );
  // Result pages change with every publication and are no page of their own for search engines.
  return { title: q ? t("searchTitleFor", { q: isolate(q) }) : t("searchTitle"), robots: { index: false, follow: true } };
}

/**
 * The readers' search (`/search?q=`): published stories only, ranked and
 * marked as on the desk, read without JavaScript. It reads only its address,
 * no session or cookie, like every public page.
 */
export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const raw = Object.fromEntries(
    (["q", "cursor", "section", "sort", "from", "to", "language"] as const).flatMap((name) => {
      const value = first(params[name]);
      return value ? [[name, value]] : [];
    }),
  );
  return <SearchResults raw={raw} />;
}
