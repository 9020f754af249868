"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { setUserLocale } from "@/db/queries/users";
import { ok } from "@/lib/errors";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";
import { currentUser } from "@/server/session";
import { definePublicAction } from "./define-action";

const switchLocale = definePublicAction({
  schema: z.object({ locale: z.enum(LOCALES, { error: "locale_unknown" }) }),
  run: async ({ locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
    const user = await currentUser();
    if (user) await setUserLocale(getDb(), user.id, locale);
    return ok(null);
  },
});

/** Remembers the chosen UI language: on the account when signed in, and in a cookie. The switch is a plain form: nothing to answer. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  await switchLocale({}, formData);
}
