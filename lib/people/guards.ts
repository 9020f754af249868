import type { Actor, Role } from "../authz/roles";

export type PersonFacts = { id: string; role: Role; active: boolean };
export type PersonChange = { role?: Role; active?: boolean; name?: string };

/** A refusal names its reason (i18n/refusals/fields.*.json) and, for the last admin, the field whose change would remove them. */
export type GuardOutcome =
  | { ok: true }
  | {
      ok: false;
      code: "forbidden" | "unprocessable";
      reason: "manage_people_admins_only" | "last_active_admin" | "last_active_admin_self";
      field?: "role" | "active";
    };

/** Only an active admin manages people. */
export function mayManagePeople(actor: Actor): boolean {
  return actor.active && actor.role === "admin";
}

/** Whether `change` takes admin power away from someone who has it now. */
function removesAdmin(target: PersonFacts, change: PersonChange): boolean {
  if (target.role !== "admin" || !target.active) return false;
  return (change.role !== undefined && change.role !== "admin") || change.active === false;
}

/**
 * The newsroom must always keep an active admin: the last one cannot be
 * demoted or deactivated, by someone else or by themselves. `activeAdmins`
 * must be counted under the same lock that the change is written under, or
 * two admins demoting each other at once could both pass.
 */
export function checkPersonChange(actor: Actor, target: PersonFacts, change: PersonChange, activeAdmins: number): GuardOutcome {
  if (!mayManagePeople(actor)) return { ok: false, code: "forbidden", reason: "manage_people_admins_only" };
  if (removesAdmin(target, change) && activeAdmins <= 1) {
    const field = change.active === false ? "active" : "role";
    return { ok: false, code: "unprocessable", reason: target.id === actor.id ? "last_active_admin_self" : "last_active_admin", field };
  }
  return { ok: true };
}
