import type { Metadata } from "next";
import { CorrectionsList } from "@/components/public/corrections-list";
import { siteTranslations } from "@/server/public/site-i18n";

// Cached like the first page, and made stale by the same changes.
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Params = { params: Promise<{ cursor: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await siteTranslations("site");
  return { title: `${t("correctionsTitle")} · ${t("olderCorrections")}`, robots: { index: false, follow: true } };
}

export default async function OlderCorrections({ params }: Params) {
  return <CorrectionsList cursor={(await params).cursor} />;
}
