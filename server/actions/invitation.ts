"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { getDb } from "@/db";
import { setPasswordWithLink } from "@/db/services/people";
import { passwordLinkSchema } from "@/lib/validation/profile";
import { definePublicAction } from "./define-action";

/**
 * Sets a password through a one-time link and signs the person in with it,
 * straight to the desk. Should that sign-in be refused (too many attempts
 * from this address), they land on the sign-in page with their e-mail filled.
 */
export const setPasswordAction = definePublicAction({
  schema: passwordLinkSchema,
  run: async ({ token, password }) => {
    const set = await setPasswordWithLink(getDb(), token, password);
    if (!set.ok) return set;
    try {
      // On success signIn() redirects by throwing NEXT_REDIRECT, which must propagate.
      await signIn("credentials", { email: set.data.email, password, redirectTo: "/dashboard" });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
    }
    return set;
  },
  redirectTo: ({ email }) => `/login?passwordSet=1&email=${encodeURIComponent(email)}`,
});
