import { z } from "../zod";
import { MAX_PASSWORD_LENGTH } from "../auth/credentials";
import { LOCALES } from "../i18n/locale";
import { NAME_MAX } from "./people";
import { typedText } from "./text";

export const profileSchema = z.strictObject({
  name: typedText({ type: "name_required" }).trim().min(1, "name_required").max(NAME_MAX, "name_too_long"),
  /** Empty: follow the browser's language. */
  locale: z.union([z.enum(LOCALES), z.literal("")], { error: "locale_unknown" }).transform((v) => v || null),
  /** A checkbox: sent as "on" when ticked, not at all when not. */
  notifyByEmail: z
    .literal("on", { error: "notify_by_email_invalid" })
    .optional()
    .transform((v) => v === "on"),
});

export const passwordChangeSchema = z
  .strictObject({
    // A current password this long is simply wrong; the cap only keeps the hasher's input bounded.
    current: z.string({ error: "current_password_required" }).min(1, "current_password_required").max(4096, "current_password_required"),
    // Lengths up to 4096 reach the password policy, which refuses past MAX_PASSWORD_LENGTH in the same words.
    next: z.string({ error: "new_password_required" }).refine((v) => v.length <= 4096, { message: "password_too_long", params: { max: MAX_PASSWORD_LENGTH } }),
    confirm: z.string({ error: "confirm_password_required" }),
  })
  .refine((v) => v.next === v.confirm, { message: "new_passwords_differ", path: ["confirm"] });

export type ProfileInput = z.output<typeof profileSchema>;

/** Setting a password through a one-time link (the form's other fields, such as the hidden username for password managers, are ignored). */
export const passwordLinkSchema = z
  .object({
    token: z.string({ error: "link_unknown" }).max(200, "link_unknown"),
    // Lengths up to 4096 reach the password policy, which refuses past MAX_PASSWORD_LENGTH in the same words.
    password: z
      .string({ error: "new_password_required" })
      .refine((v) => v.length <= 4096, { message: "password_too_long", params: { max: MAX_PASSWORD_LENGTH } }),
    confirm: z.string({ error: "confirm_password_required" }),
  })
  .refine((v) => v.password === v.confirm, { message: "new_passwords_differ", path: ["confirm"] });
