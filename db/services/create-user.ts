import { z } from "zod";
import { emailSchema, MAX_PASSWORD_LENGTH } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { ROLES } from "@/lib/authz/roles";
import { LOCALES } from "@/lib/i18n/locale";
import { typedText } from "@/lib/validation/text";
import type { Db } from "../client";
import { recordAudit } from "../queries/audit";
import { findUserByEmail } from "../queries/users";
import { users, type User } from "../schema";

export const newUserSchema = z.object({
  email: emailSchema({ required: "Enter an email address.", invalid: "Enter a valid email address." }),
  name: typedText().trim().min(1, "Enter a name.").max(200, "Use at most 200 characters."),
  role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` }),
  password: z
    .string()
    .min(12, "Use at least 12 characters.")
    .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
  locale: z.enum(LOCALES).nullable().default(null),
});

/** Untrusted input: every field is checked by newUserSchema. */
export type NewUserInput = { email: string; name: string; role: string; password: string; locale?: string | null };

export type CreateUserResult =
  | { ok: true; user: User }
  | { ok: false; code: "invalid"; fieldErrors: Record<string, string[]> }
  | { ok: false; code: "email_taken" };

/** Creates a user with a hashed password; audited as done by `actorId` (null = command line). */
export async function createUser(db: Db, input: NewUserInput, actorId: string | null): Promise<CreateUserResult> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const { password, ...fields } = parsed.data;
  if (await findUserByEmail(db, fields.email)) return { ok: false, code: "email_taken" };
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values({ ...fields, passwordHash }).onConflictDoNothing().returning();
    if (!user) return { ok: false, code: "email_taken" } as const;
    await recordAudit(tx, {
      actorId,
      action: "user.created",
      objectType: "user",
      objectId: user.id,
      after: { email: user.email, name: user.name, role: user.role },
    });
    return { ok: true, user } as const;
  });
}
