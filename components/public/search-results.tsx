import Link from "next/link";
import { Excerpt, MarkedText } from "@/components/search/marked-text";
import { getPublicDb } from "@/db";
import { storyPath } from "@/db/queries/public-stories";
import { searchPublic } from "@/db/services/search";
import { env } from "@/lib/env";
import { isolate } from "@/lib/arabic/bidi";
import { fieldErrorsOf } from "@/lib/errors";
import { directionOf, SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { formatStoryTime } from "@/lib/time/format";
import { publicSearchSchema } from "@/lib/validation/search";
import { refusalText } from "@/server/i18n/refusal-text";
import { sectionsById } from "@/server/public/cached-data";
import { siteTranslations } from "@/server/public/site-i18n";
import { SearchForm } from "./search-form";

/** The search page's body: the form, then help, a problem in words, or the results a page at a time. */
export async function SearchResults({ raw }: { raw: Record<string, string> }) {
  const t = await siteTranslations("site");
  const timeZone = env().NEWSROOM_TIMEZONE;
  const parsed = publicSearchSchema(timeZone).safeParse(raw);
  const q = parsed.success ? parsed.data.q : (raw.q ?? "").slice(0, 200);
  const help = (
    <div className="space-y-2 text-stone-700">
      <p>{t("searchIntro")}</p>
      <p>{t("searchTips")}</p>
    </div>
  );
  const frame = (body: React.ReactNode) => (
    <section aria-labelledby="search-heading" className="space-y-6">
      <h1 id="search-heading" className="font-serif text-3xl font-bold text-accent">
        {q ? t("searchTitleFor", { q: isolate(q) }) : t("searchTitle")}
      </h1>
      <SearchForm q={q} id="search-page-q" large />
      {body}
    </section>
  );
  if (!parsed.success) {
    const problems = Object.values(fieldErrorsOf(parsed.error.issues)).map((refusal) => refusalText(refusal, SITE_LOCALE));
    return frame(
      <>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t("searchInvalid", { problem: problems.join(" ") })}
        </p>
        {help}
      </>,
    );
  }
  if (!q) return frame(help);
  const found = await searchPublic(getPublicDb(), parsed.data);
  if (!found.ok) {
    const noWords = found.fields?.q?.reason === "search_no_words";
    const problem = found.fields
      ? Object.values(found.fields)
          .map((refusal) => refusalText(refusal, SITE_LOCALE))
          .join(" ")
      : "";
    return frame(
      <>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {noWords ? t("searchNoWords") : t("searchInvalid", { problem })}
        </p>
        {help}
      </>,
    );
  }
  const page = found.data;
  if (page.items.length === 0) {
    return frame(
      <>
        <p className="text-lg">{t("searchNothing", { q: isolate(q) })}</p>
        <p className="text-stone-700">{t("searchNothingHint")}</p>
        {help}
      </>,
    );
  }
  const sections = new Map((await sectionsById(page.items.map((item) => item.sectionId))).map((s) => [s.id, s]));
  const next = page.nextCursor ? new URLSearchParams({ ...raw, q: page.correctedQuery ?? q, cursor: page.nextCursor }) : null;
  const firstPage = new URLSearchParams(raw);
  firstPage.delete("cursor");
  return frame(
    <>
      {page.correctedQuery && (
        <p className="rounded border border-stone-300 bg-stone-50 p-3">{t("searchCorrected", { q: isolate(q), corrected: isolate(page.correctedQuery) })}</p>
      )}
      <ol className="divide-y divide-stone-200">
        {page.items.map((story) => {
          const section = sections.get(story.sectionId);
          const dir = directionOf(story.language);
          return (
            <li key={story.id} className="py-5" lang={story.language} dir={dir}>
              {section && (
                <p className="text-sm font-semibold text-accent">
                  <bdi dir={dir}>{sectionName(section, story.language)}</bdi>
                </p>
              )}
              <h2 className="mt-1 font-serif text-2xl leading-snug font-bold">
                <Link href={storyPath({ sectionSlug: section?.slug ?? "", slug: story.slug })} className="hover:underline">
                  <bdi dir={dir}>
                    <MarkedText parts={story.snippet.headline} />
                  </bdi>
                </Link>
              </h2>
              {story.snippet.excerpt.length > 0 && (
                <p className="mt-2 text-stone-700">
                  <bdi dir={dir}>
                    <Excerpt fragments={story.snippet.excerpt} />
                  </bdi>
                </p>
              )}
              {story.publishedAt && (
                <time dateTime={story.publishedAt.toISOString()} className="mt-2 block text-sm text-stone-500">
                  {formatStoryTime(story.publishedAt, story.language, timeZone)}
                </time>
              )}
            </li>
          );
        })}
      </ol>
      <nav aria-label={t("searchPages")} className="flex flex-wrap justify-between gap-4">
        {next && (
          <Link href={`/search?${next}`} rel="next" className="font-semibold text-accent underline">
            {t("searchMore")}
          </Link>
        )}
        {raw.cursor && (
          <Link href={`/search?${firstPage}`} className="text-accent underline">
            {t("searchFirst")}
          </Link>
        )}
      </nav>
    </>,
  );
}
