import { z } from "zod";

export const MAX_PASSWORD_LENGTH = 1024;

/** Emails are compared case-insensitively; this is the stored and looked-up form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * What the sign-in form must carry. Length limits keep hostile input cheap to
 * refuse; a too-long password is simply a wrong one (no hint is given).
 */
export const signInFormSchema = z.object({
  email: z
    .string({ error: "required" })
    .trim()
    .min(1, "required")
    .max(254, "invalid_email")
    .pipe(z.email("invalid_email"))
    .transform(normalizeEmail),
  password: z.string({ error: "required" }).min(1, "required"),
});

export type SignInForm = z.infer<typeof signInFormSchema>;
