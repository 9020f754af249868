import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { User } from "@/db/schema";
import { navigationFor } from "@/lib/authz/navigation";
import { isLocale } from "@/lib/i18n/locale";
import { LanguageSwitcher } from "./language-switcher";
import { NavLink } from "./nav-link";
import { NotificationBell } from "./notification-bell";
import { FoldAway } from "@/components/ui/fold-away";

/** The newsroom frame: brand, role-aware navigation, account and language. */
export async function AppShell({ user, children }: { user: User; children: React.ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <header className="bg-ink text-white">
        {/* On a phone the header is one line (brand, bell, menu button); the menu opens below it. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 md:flex-nowrap">
          <span className="font-serif text-xl font-bold">{t("brand")}</span>
          <div className="order-2 ms-auto md:order-3 md:ms-0">
            <NotificationBell />
          </div>
          <FoldAway
            id="desk-menu"
            label={t("nav.menu")}
            buttonClassName="order-3 rounded border border-white/40 px-3 py-1 text-sm"
            className="order-4 flex w-full flex-col gap-3 md:order-2 md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-center md:gap-6"
          >
            <nav aria-label={t("nav.label")} className="flex flex-wrap gap-1 md:flex-1">
              {navigationFor(user.role).map((item) => (
                <NavLink key={item.key} href={item.href}>
                  {t(`nav.${item.key}`)}
                </NavLink>
              ))}
            </nav>
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <span>
                <Link href="/dashboard/profile" className="underline decoration-white/40 hover:decoration-white" title={t("account.profile")}>
                  {t.rich("account.signedInAs", { name: () => <bdi>{user.name}</bdi> })}
                </Link>{" "}
                <span className="ms-1 rounded bg-white/15 px-2 py-0.5 text-xs" data-testid="role-badge">
                  {t(`roles.${user.role}`)}
                </span>
              </span>
              <LanguageSwitcher current={isLocale(locale) ? locale : "ar"} />
              <form method="post" action="/logout">
                <button type="submit" className="rounded bg-white px-3 py-1 font-semibold text-ink hover:bg-stone-200">
                  {t("account.signOut")}
                </button>
              </form>
            </div>
          </FoldAway>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 [overflow-wrap:anywhere]">
        {children}
      </main>
    </div>
  );
}
