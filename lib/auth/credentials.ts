import { z } from "../zod";

export const MAX_PASSWORD_LENGTH = 1024;
const MAX_EMAIL_LENGTH = 254;

/** Emails are compared case-insensitively; this is the stored and looked-up form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An email address in its stored form, refused as `email_required` (nothing typed) or `email_invalid`. */
export function emailSchema() {
  return z
    .string({ error: "email_required" })
    .trim()
    .min(1, "email_required")
    .max(MAX_EMAIL_LENGTH, "email_invalid")
    .pipe(z.email("email_invalid"))
    .transform(normalizeEmail);
}

/**
 * What the sign-in form must carry (messages are reasons the UI translates).
 * The password's length is not checked here: a too-long password is simply
 * a wrong one, counted and answered like any other.
 */
export const signInFormSchema = z.object({
  email: emailSchema(),
  password: z.string({ error: "password_required" }).min(1, "password_required"),
});
