import { z } from "zod";
import { emailSchema } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { ROLES } from "@/lib/authz/roles";
import { fieldErrorsOf, type FieldErrors } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locale";
import { passwordProblem } from "@/lib/people/password-policy";
import { oneOf, typedText } from "@/lib/validation/text";
import type { Db } from "../client";
import { transact } from "../transaction";
import { recordAudit } from "../queries/audit";
import { freeAuthorSlug } from "../queries/author-slugs";
import { findUserByEmail } from "../queries/users";
import { users, type User } from "../schema";

const newUserSchema = z
  .object({
    email: emailSchema(),
    name: typedText().trim().min(1, "name_required").max(200, "name_too_long"),
    role: oneOf(ROLES, "role_unknown"),
    password: z.string({ error: "new_password_required" }),
    locale: z.enum(LOCALES).nullable().default(null),
  })
  // The policy that invitation links and the profile apply, with the same
  // inputs: the first admin, made on the command line, needs it most.
  .superRefine(({ password, email, name }, ctx) => {
    const problem = passwordProblem(password, { email, name });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem.reason, params: problem.params });
  });

/** Untrusted input: every field is checked by newUserSchema. */
export type NewUserInput = { email: string; name: string; role: string; password: string; locale?: string | null };

export type CreateUserResult = { ok: true; user: User } | { ok: false; code: "invalid"; fields: FieldErrors } | { ok: false; code: "email_taken" };

/** Creates a user with a hashed password; audited as done by `actorId` (null = command line). */
export async function createUser(db: Db, input: NewUserInput, actorId: string | null): Promise<CreateUserResult> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "invalid", fields: fieldErrorsOf(parsed.error.issues) };
  }
  const { password, ...fields } = parsed.data;
  if (await findUserByEmail(db, fields.email)) return { ok: false, code: "email_taken" };
  const passwordHash = await hashPassword(password);
  return transact(db, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ ...fields, passwordHash, slug: await freeAuthorSlug(tx, fields.name) })
      .onConflictDoNothing()
      .returning();
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
