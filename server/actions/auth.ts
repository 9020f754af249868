"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { DeactivatedSignIn, signIn, ThrottledSignIn } from "@/auth";
import { signInFormSchema } from "@/lib/auth/credentials";
import { safeCallbackPath } from "@/lib/auth/safe-redirect";
import { fail, type Result } from "@/lib/errors";
import { z } from "zod";
import { definePublicAction } from "./define-action";

/** Signs in and goes on to the page asked for; wrong, throttled and failed attempts come back as refusals. */
export const signInAction = definePublicAction({
  schema: signInFormSchema.extend({ callbackUrl: z.string().optional() }),
  run: async ({ email, password, callbackUrl }): Promise<Result<never>> => {
    try {
      // On success signIn() redirects by throwing NEXT_REDIRECT, which must propagate.
      await signIn("credentials", { email, password, redirectTo: safeCallbackPath(callbackUrl) });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      if (error instanceof ThrottledSignIn)
        return fail("too_many_requests", "sign_in_throttled", { params: { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) } });
      if (error instanceof DeactivatedSignIn) return fail("forbidden", "sign_in_deactivated");
      return error instanceof CredentialsSignin ? fail("unauthenticated", "sign_in_invalid") : fail("unavailable", "sign_in_unavailable");
    }
    return fail("unavailable", "sign_in_unavailable");
  },
});
