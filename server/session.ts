import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { findUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { mayEnter, type Role } from "@/lib/authz/roles";

/**
 * The signed-in user, re-read from the database on every request (once per
 * request), so a deactivated account or a changed role takes effect at once.
 */
export const currentUser = cache(async (): Promise<User | null> => {
  const user = await sessionUser();
  return user?.active ? user : null;
});

/** The user a valid session cookie names, active or not (the API answers a deactivated one with 403). */
export const sessionUser = cache(async (): Promise<User | null> => {
  const session = await auth();
  const id = z.uuid().safeParse(session?.user?.id);
  if (!id.success) return null;
  return (await findUserById(getDb(), id.data)) ?? null;
});

/** The one gate for pages and actions: signed out → /login, lacking the role → 403. */
export async function requireUser(role: Role = "reporter"): Promise<User> {
  const user = await currentUser();
  const access = mayEnter(user, role);
  if (access === "signed_out" || !user) redirect("/login");
  if (access === "forbidden") forbidden();
  return user;
}
