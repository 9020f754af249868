import { dictionary } from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH } from "../auth/credentials";

export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | null = null;

/** The ~49,000 most common passwords (zxcvbn's list), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

/**
 * Why a new password will not do, or null when it will: long enough, not
 * too long for the hasher, not a common password (also with digits or
 * symbols tacked on the end), and not the person's own email or name.
 */
export function passwordProblem(password: string, person: { email?: string; name?: string } = {}): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (commonPasswords().has(lower) || (stem.length >= 4 && commonPasswords().has(stem))) return "This password is too common; choose another.";
  if ([person.email, person.name].some((own) => own && lower.includes(own.toLowerCase().trim()) && own.trim().length >= 4)) {
    return "Do not use your email or name in your password.";
  }
  return null;
}
