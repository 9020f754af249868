"use server";

import { getDb } from "@/db";
import { setPasswordWithLink } from "@/db/services/people";
import { passwordLinkSchema } from "@/lib/validation/profile";
import { definePublicAction } from "./define-action";

/** Sets a password through a one-time link; the person then signs in as usual. */
export const setPasswordAction = definePublicAction({
  schema: passwordLinkSchema,
  run: ({ token, password }) => setPasswordWithLink(getDb(), token, password),
  redirectTo: ({ email }) => `/login?passwordSet=1&email=${encodeURIComponent(email)}`,
});
