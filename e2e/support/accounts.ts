import { DEMO_USERS } from "@/db/seed/demo-data";
import type { Role } from "@/lib/authz/roles";

export function demoAccount(role: Role) {
  const account = DEMO_USERS.find((u) => u.role === role);
  if (!account) throw new Error(`No demo ${role}`);
  return account;
}

export const storageStateFor = (role: Role) => `e2e/.auth/${role}.json`;
