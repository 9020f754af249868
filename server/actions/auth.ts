"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn, ThrottledSignIn } from "@/auth";
import { signInFormSchema } from "@/lib/auth/credentials";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";

export type SignInState = {
  email?: string;
  error?: "invalid" | "throttled" | "unavailable";
  retryMinutes?: number;
  fieldErrors?: { email?: "required" | "invalid_email"; password?: "required" };
};

function field(formData: FormData, name: string): string | undefined {
  const value = formData.get(name);
  return typeof value === "string" ? value : undefined;
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = field(formData, "email")?.slice(0, 320);
  const parsed = signInFormSchema.safeParse({ email, password: field(formData, "password") });
  if (!parsed.success) {
    const fieldErrors: SignInState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "email") fieldErrors.email ??= issue.message === "email_required" ? "required" : "invalid_email";
      if (issue.path[0] === "password") fieldErrors.password = "required";
    }
    return { email, fieldErrors };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallbackPath(field(formData, "callbackUrl")),
    });
  } catch (error) {
    // signIn() redirects by throwing NEXT_REDIRECT, which must propagate.
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof ThrottledSignIn) {
      return { email, error: "throttled", retryMinutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) };
    }
    return { email, error: error instanceof CredentialsSignin ? "invalid" : "unavailable" };
  }
  return {};
}
