"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/db";
import { changeOwnPassword, updateProfile } from "@/db/services/profile";
import { can } from "@/lib/authz/can";
import { fail } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { passwordChangeSchema, profileSchema } from "@/lib/validation/profile";
import { sessionIds } from "@/server/session";
import { defineAction, type ActionState } from "./define-action";

export type ProfileState = ActionState;

/** Anyone's own name and UI language; the language also goes in a cookie for the sign-in page. */
export const updateProfileAction = defineAction({
  allow: can.work,
  schema: profileSchema,
  run: async (input, actor) => {
    const saved = await updateProfile(getDb(), actor, input);
    if (!saved.ok) return saved;
    const jar = await cookies();
    if (input.locale) jar.set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: true });
    else jar.delete(LOCALE_COOKIE);
    return saved;
  },
  // The whole desk speaks the new language.
  revalidate: () => [{ layout: "/" }],
});

/** A new password, the current one required; every other session of this person ends. */
export const changePasswordAction = defineAction({
  allow: can.work,
  // The form also carries the username, for password managers.
  schema: z.preprocess((form) => {
    const { current, next, confirm } = form as Record<string, unknown>;
    return { current, next, confirm };
  }, passwordChangeSchema),
  run: async (input, actor) => {
    const session = await sessionIds();
    if (!session) return fail("unauthenticated", "session_expired");
    return changeOwnPassword(getDb(), actor, session.sessionId, input.current, input.next);
  },
});
