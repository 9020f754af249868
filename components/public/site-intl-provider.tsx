"use client";

import { NextIntlClientProvider, type AbstractIntlMessages } from "next-intl";

/**
 * The site's client components get their words from here. Rendered on the
 * client side of next-intl's provider on purpose: its server side would look
 * up the request's locale and settings, and a public page must read nothing
 * from the request.
 */
export function SiteIntlProvider({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale: string;
  timeZone: string;
  messages: AbstractIntlMessages;
  children: React.ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
