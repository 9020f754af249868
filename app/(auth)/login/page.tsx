import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/dashboard/language-switcher";
import { isLocale } from "@/lib/i18n/locale";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { currentUser } from "@/server/session";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl, passwordSet, email } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await currentUser()) redirect(target);
  const [t, brand, locale] = await Promise.all([getTranslations("login"), getTranslations(), getLocale()]);
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between bg-ink px-6 py-3 text-white">
        <span className="font-serif text-xl font-bold">{brand("brand")}</span>
        <LanguageSwitcher current={isLocale(locale) ? locale : "ar"} />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-6 py-16">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-stone-600">{t("intro")}</p>
        {passwordSet === "1" && (
          <p role="status" className="mt-4 rounded border-s-4 border-emerald-600 bg-emerald-50 px-3 py-2 text-emerald-900">
            {t("passwordSet")}
          </p>
        )}
        <LoginForm callbackUrl={target} email={typeof email === "string" ? email.slice(0, 320) : undefined} />
      </main>
    </div>
  );
}
