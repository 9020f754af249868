import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Actor } from "../authz/roles";
import { checkPersonChange, type PersonFacts } from "./guards";

const admin: Actor = { id: "a", role: "admin", active: true };

describe("checkPersonChange", () => {
  it("lets only an active admin manage people", () => {
    for (const actor of [
      { id: "e", role: "editor", active: true },
      { id: "r", role: "reporter", active: true },
      { id: "x", role: "admin", active: false },
    ] as const) {
      expect(checkPersonChange(actor, { id: "t", role: "reporter", active: true }, { name: "x" }, 3)).toEqual({
        ok: false,
        code: "forbidden",
        reason: "manage_people_admins_only",
      });
    }
  });

  it("refuses to demote or deactivate the last active admin, and says why", () => {
    const other = { id: "b", role: "admin" as const, active: true };
    expect(checkPersonChange(admin, other, { role: "editor" }, 1)).toEqual({ ok: false, code: "unprocessable", reason: "last_active_admin", field: "role" });
    expect(checkPersonChange(admin, other, { active: false }, 1)).toEqual({ ok: false, code: "unprocessable", reason: "last_active_admin", field: "active" });
    expect(checkPersonChange(admin, admin, { role: "reporter" }, 1)).toEqual({
      ok: false,
      code: "unprocessable",
      reason: "last_active_admin_self",
      field: "role",
    });
    expect(checkPersonChange(admin, admin, { active: false }, 2)).toEqual({ ok: true });
    expect(checkPersonChange(admin, other, { role: "editor" }, 2)).toEqual({ ok: true });
  });

  it("refuses a change exactly when it would leave the newsroom without an active admin (property)", () => {
    // The oracle is stated here, not borrowed from guards.ts: apply the change
    // to a copy of the roster, as changePerson writes it, and count.
    const role = fc.constantFrom(...ROLES);
    const roster = fc.array(fc.record({ role, active: fc.boolean() }), { minLength: 1, maxLength: 6 });
    const anyChange = fc.record({ role, active: fc.boolean(), name: fc.constant("اسم جديد") }, { requiredKeys: [] });
    const activeAdmins = (people: PersonFacts[]) => people.filter((p) => p.role === "admin" && p.active).length;
    fc.assert(
      fc.property(roster, fc.nat(), fc.nat(), anyChange, (facts, actorAt, targetAt, change) => {
        const people: PersonFacts[] = facts.map((p, i) => ({ id: `p${i}`, ...p }));
        const actor = people[actorAt % people.length]!;
        const target = people[targetAt % people.length]!;
        const after = people.map((p) => (p.id === target.id ? { ...p, role: change.role ?? p.role, active: change.active ?? p.active } : p));

        const outcome = checkPersonChange(actor, target, change, activeAdmins(people));

        if (actor.role !== "admin" || !actor.active) {
          expect(outcome).toMatchObject({ ok: false, code: "forbidden" });
        } else if (activeAdmins(after) === 0) {
          // From at least one (the actor) to none.
          expect(outcome).toMatchObject({ ok: false, code: "unprocessable", field: change.active === false ? "active" : "role" });
        } else {
          expect(outcome).toEqual({ ok: true });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
