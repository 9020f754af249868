import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/ui/status-message";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main">
      <StatusMessage code="404" title={t("title")} body={t("body")} action={{ href: "/", label: t("home") }} />
    </main>
  );
}
