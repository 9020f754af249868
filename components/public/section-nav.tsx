import Link from "next/link";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { sectionName } from "@/lib/i18n/section-name";
import { visibleSections } from "@/server/public/cached-data";
import { sectionHref } from "@/server/public/section-lookup";
import { siteTranslations } from "@/server/public/site-i18n";

/** The site's sections in the order admins gave them, under the masthead of every public page. */
export async function SectionNav() {
  const [t, sections] = await Promise.all([siteTranslations("site"), visibleSections()]);
  if (sections.length === 0) return null;
  return (
    <nav aria-label={t("sectionsNav")} className="border-t border-stone-200 print:hidden">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm font-semibold">
        {sections.map((section) => (
          <li key={section.id}>
            <Link href={sectionHref(section.slug)} className="text-stone-700 hover:text-accent hover:underline">
              <bdi>{sectionName(section, SITE_LOCALE)}</bdi>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
