"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { setPasswordWithLink } from "@/db/services/people";
import { PASSWORD_PROBLEMS, type PasswordProblem } from "@/lib/people/password-policy";

export type SetPasswordState = { error?: "mismatch" | "link" | "password"; reason?: string; problem?: PasswordProblem };

/** Sets a password through a one-time link; the person then signs in as usual. */
export async function setPasswordAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const token = String(formData.get("token") ?? "");
  const password = String(formData.get("password") ?? "");
  if (password !== String(formData.get("confirm") ?? "")) return { error: "mismatch" };
  const outcome = await setPasswordWithLink(getDb(), token, password);
  if (!outcome.ok && outcome.code === "link") return { error: "link", reason: outcome.reason };
  if (!outcome.ok) {
    const problem = (Object.keys(PASSWORD_PROBLEMS) as PasswordProblem[]).find((key) => PASSWORD_PROBLEMS[key] === outcome.message);
    return { error: "password", problem: problem ?? "short" };
  }
  redirect(`/login?passwordSet=1&email=${encodeURIComponent(outcome.data.email)}`);
}
