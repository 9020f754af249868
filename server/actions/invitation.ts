"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { setPasswordWithLink } from "@/db/services/people";
import type { Refusal } from "@/lib/errors";

export type SetPasswordState = { error?: "mismatch" | "link" | "password"; reason?: string; problem?: Refusal };

/** Sets a password through a one-time link; the person then signs in as usual. */
export async function setPasswordAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const token = String(formData.get("token") ?? "");
  const password = String(formData.get("password") ?? "");
  if (password !== String(formData.get("confirm") ?? "")) return { error: "mismatch" };
  const outcome = await setPasswordWithLink(getDb(), token, password);
  if (!outcome.ok && outcome.code === "link") return { error: "link", reason: outcome.reason };
  if (!outcome.ok) return { error: "password", problem: outcome.fields?.password ?? { reason: outcome.reason, params: outcome.params } };
  redirect(`/login?passwordSet=1&email=${encodeURIComponent(outcome.data.email)}`);
}
