"use server";

import { cookies } from "next/headers";
import { getDb } from "@/db";
import { setUserLocale } from "@/db/queries/users";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locale";
import { currentUser } from "@/server/session";

/** Remembers the chosen UI language: on the account when signed in, and in a cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
  const user = await currentUser();
  if (user) await setUserLocale(getDb(), user.id, locale);
}
