import { dictionary } from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH } from "../auth/credentials";

const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | null = null;

/** The ~49,000 most common passwords (zxcvbn's list), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** What can be wrong with a new password: reasons of the refusal catalogue (i18n/refusals/fields.*.json). */
type PasswordProblem = "password_too_short" | "password_too_long" | "password_too_common" | "password_personal";

/** A password's refusal; the length limits come with it as `{min}` or `{max}`. */
export type PasswordRefusal = { reason: PasswordProblem; params?: { min: number } | { max: number } };

/**
 * Why a new password will not do, or null when it will: long enough, not
 * too long for the hasher, not a common password (also with digits or
 * symbols tacked on the end), and not the person's own email or name.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): PasswordRefusal | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return { reason: "password_too_short", params: { min: MIN_PASSWORD_LENGTH } };
  if (password.length > MAX_PASSWORD_LENGTH) return { reason: "password_too_long", params: { max: MAX_PASSWORD_LENGTH } };
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return { reason: "password_too_common" };
  if ([person.email, person.name].some((own) => own && lower.includes(own.toLowerCase().trim()) && own.trim().length >= 4))
    return { reason: "password_personal" };
  return null;
}
