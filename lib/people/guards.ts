import type { Actor, Role } from "../authz/roles";

export type PersonFacts = { id: string; role: Role; active: boolean };
export type PersonChange = { role?: Role; active?: boolean; name?: string };

export type GuardOutcome = { ok: true } | { ok: false; code: "forbidden" | "unprocessable"; message: string; field?: "role" | "active" };

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
  if (!mayManagePeople(actor)) return { ok: false, code: "forbidden", message: "Only admins manage people." };
  if (removesAdmin(target, change) && activeAdmins <= 1) {
    const field = change.active === false ? "active" : "role";
    const message =
      target.id === actor.id
        ? "You are the only active admin: make someone else an admin before you step down."
        : "This is the last active admin: make someone else an admin first.";
    return { ok: false, code: "unprocessable", message, field };
  }
  return { ok: true };
}
