import Link from "next/link";
import type { ReactNode } from "react";
import { siteTranslations } from "@/server/public/site-i18n";

/**
 * The frame of a list of stories read a page at a time (a section's, an
 * author's): its name as the heading, marked on every page after the first,
 * and links to the older stories and back to the newest.
 */
export async function PagedStories({
  headingId,
  name,
  isFirstPage,
  olderHref,
  newestHref,
  pagesLabel,
  children,
  extraLinks,
}: {
  headingId: string;
  name: string;
  isFirstPage: boolean;
  /** Null on the last page. */
  olderHref: string | null;
  newestHref: string;
  pagesLabel: string;
  children: ReactNode;
  extraLinks?: ReactNode;
}) {
  const t = await siteTranslations("site");
  return (
    <section aria-labelledby={headingId}>
      <h1 id={headingId} className="mb-6 font-serif text-3xl font-bold text-accent">
        <bdi>{name}</bdi>
        {!isFirstPage && (
          <span className="ms-3 text-lg font-normal text-stone-600">
            <span className="sr-only">، </span>
            {t("olderStories")}
          </span>
        )}
      </h1>
      {children}
      <nav aria-label={pagesLabel} className="mt-8 flex flex-wrap justify-between gap-4">
        {olderHref && (
          <Link href={olderHref} rel="next" className="font-semibold text-accent underline">
            {t("olderStories")}
          </Link>
        )}
        {!isFirstPage && (
          <Link href={newestHref} className="text-accent underline">
            {t("newestStories")}
          </Link>
        )}
        {extraLinks}
      </nav>
    </section>
  );
}
