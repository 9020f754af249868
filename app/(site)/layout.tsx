import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("site");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b-4 border-accent bg-white">
        <div className="mx-auto flex max-w-5xl items-baseline justify-between gap-4 px-4 py-5">
          <Link href="/" className="font-serif text-3xl font-bold text-accent">
            {t("name")}
          </Link>
          <p className="text-sm text-stone-600">{t("tagline")}</p>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-stone-200 py-6 text-center text-sm text-stone-500">{t("name")}</footer>
    </div>
  );
}
