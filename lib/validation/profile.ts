import { z } from "../zod";
import { LOCALES } from "../i18n/locale";
import { NAME_MAX } from "./people";
import { typedText } from "./text";

export const profileSchema = z.strictObject({
  name: typedText({ type: "Enter a name." }).trim().min(1, "Enter a name.").max(NAME_MAX, `Keep the name to ${NAME_MAX} characters.`),
  /** Empty: follow the browser's language. */
  locale: z.union([z.enum(LOCALES), z.literal("")], { error: "Choose Arabic, English or the browser's language." }).transform((v) => v || null),
});

export const passwordChangeSchema = z
  .strictObject({
    current: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(4096, "Enter your current password."),
    next: z.string({ error: "Enter a new password." }).max(4096, "Use at most 1,024 characters."),
    confirm: z.string({ error: "Type the new password again." }),
  })
  .refine((v) => v.next === v.confirm, { message: "The two new passwords differ.", path: ["confirm"] });

export type ProfileInput = z.output<typeof profileSchema>;
