import type { Metadata } from "next";
import { CorrectionsList } from "@/components/public/corrections-list";
import { siteTranslations } from "@/server/public/site-i18n";

// Rendered on a reader's first visit, then served from the cache until a correction is published
// or a corrected story comes or goes (server/public/).
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here

export async function generateMetadata(): Promise<Metadata> {
  const t = await siteTranslations("site");
  return { title: t("correctionsTitle"), description: t("correctionsIntro") };
}

export default function CorrectionsPage() {
  return <CorrectionsList cursor={null} />;
}
