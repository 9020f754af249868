import { StatusMessage } from "@/components/ui/status-message";
import { siteTranslations } from "@/server/public/site-i18n";

export default async function SiteNotFound() {
  const t = await siteTranslations("notFound");
  return <StatusMessage code="404" title={t("title")} body={t("body")} action={{ href: "/", label: t("home") }} />;
}
