export const ROLES = ["reporter", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { reporter: 1, editor: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Roles are ordered: an editor may do what a reporter may, an admin what an editor may. */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** The roles that include `required`, lowest first: for queries that select people by what they may do. */
export function rolesAtLeast(required: Role): Role[] {
  return ROLES.filter((role) => hasRole(role, required));
}

/** The user as the policy sees it: only what the server re-reads on every request. */
export type Actor = { id: string; role: Role; active: boolean };

/** The actor a user row stands for. */
export function toActor(user: Actor): Actor {
  return { id: user.id, role: user.role, active: user.active };
}

/** Whether an actor may enter an area that requires `required`. */
export function mayEnter(actor: Actor | null, required: Role): "ok" | "signed_out" | "forbidden" {
  if (!actor || !actor.active) return "signed_out";
  return hasRole(actor.role, required) ? "ok" : "forbidden";
}
