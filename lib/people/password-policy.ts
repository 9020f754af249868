import { dictionary } from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH } from "../auth/credentials";

const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | null = null;

/** The ~49,000 most common passwords (zxcvbn's list), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/** What can be wrong with a new password, in the API's words (the UI has its own per key). */
export const PASSWORD_PROBLEMS = {
  short: `Use at least ${MIN_PASSWORD_LENGTH} characters.`,
  long: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  common: "This password is too common; choose another.",
  personal: "Do not use your email or name in your password.",
} as const;

export type PasswordProblem = keyof typeof PASSWORD_PROBLEMS;

/**
 * Why a new password will not do, or null when it will: long enough, not
 * too long for the hasher, not a common password (also with digits or
 * symbols tacked on the end), and not the person's own email or name.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): PasswordProblem | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "short";
  if (password.length > MAX_PASSWORD_LENGTH) return "long";
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return "common";
  if ([person.email, person.name].some((own) => own && lower.includes(own.toLowerCase().trim()) && own.trim().length >= 4)) return "personal";
  return null;
}
