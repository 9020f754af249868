import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { env } from "@/lib/env";
import { formats } from "./formats";
import { REFUSAL_MESSAGES } from "./refusals/catalogue";
import { isLocale, LOCALE_COOKIE, resolveLocale, SITE_LOCALE, type Locale } from "@/lib/i18n/locale";
import { currentUser } from "@/server/session";
import { APP_AREA_HEADER } from "@/server/proxy-headers";

/** The public site speaks the newsroom's language; the dashboard the user's. */
async function requestLocale(): Promise<Locale> {
  const requestHeaders = await headers();
  if (requestHeaders.get(APP_AREA_HEADER) !== "app") return SITE_LOCALE;
  const user = await currentUser();
  return resolveLocale({
    userPreference: user?.locale,
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get("accept-language"),
  });
}

// A page that names its locale (the public site, see server/public/site-i18n.ts)
// reads no request header, so it can be rendered once and cached.
export default getRequestConfig(async ({ locale: named }) => {
  const locale = isLocale(named) ? named : await requestLocale();
  return {
    locale,
    messages: { ...(await import(`./messages/${locale}.json`)).default, refusals: REFUSAL_MESSAGES[locale] },
    timeZone: env().NEWSROOM_TIMEZONE,
    formats,
  };
});
