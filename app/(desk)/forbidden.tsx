import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/ui/status-message";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <main id="main">
      <StatusMessage code="403" title={t("title")} body={t("body")} action={{ href: "/dashboard", label: t("back") }} />
    </main>
  );
}
