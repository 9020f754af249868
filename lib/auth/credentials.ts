import { z } from "zod";

export const MAX_PASSWORD_LENGTH = 1024;
const MAX_EMAIL_LENGTH = 254;

/** Emails are compared case-insensitively; this is the stored and looked-up form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An email address in its stored form; `messages` name the two ways it can be wrong. */
export function emailSchema(messages: { required: string; invalid: string } = { required: "required", invalid: "invalid_email" }) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, messages.required)
    .max(MAX_EMAIL_LENGTH, messages.invalid)
    .pipe(z.email(messages.invalid))
    .transform(normalizeEmail);
}

/**
 * What the sign-in form must carry (messages are codes the UI translates).
 * The password's length is not checked here: a too-long password is simply
 * a wrong one, counted and answered like any other.
 */
export const signInFormSchema = z.object({
  email: emailSchema(),
  password: z.string({ error: "required" }).min(1, "required"),
});
