import { z } from "zod";
import { emailSchema } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { ROLES } from "@/lib/authz/roles";
import { LOCALES } from "@/lib/i18n/locale";
import { PASSWORD_PROBLEMS, passwordProblem } from "@/lib/people/password-policy";
import { typedText } from "@/lib/validation/text";
import type { Db } from "../client";
import { transact } from "../transaction";
import { recordAudit } from "../queries/audit";
import { findUserByEmail } from "../queries/users";
import { users, type User } from "../schema";

const newUserSchema = z
  .object({
    email: emailSchema({ required: "Enter an email address.", invalid: "Enter a valid email address." }),
    name: typedText().trim().min(1, "Enter a name.").max(200, "Use at most 200 characters."),
    role: z.enum(ROLES, { error: `Role must be one of: ${ROLES.join(", ")}.` }),
    password: z.string({ error: "Enter a password." }),
    locale: z.enum(LOCALES).nullable().default(null),
  })
  // The policy that invitation links and the profile apply, with the same
  // inputs: the first admin, made on the command line, needs it most.
  .superRefine(({ password, email, name }, ctx) => {
    const problem = passwordProblem(password, { email, name });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: PASSWORD_PROBLEMS[problem] });
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
  return transact(db, async (tx) => {
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
