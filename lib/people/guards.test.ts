import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Actor } from "../authz/roles";
import { checkPersonChange, removesAdmin } from "./guards";

const admin: Actor = { id: "a", role: "admin", active: true };

describe("checkPersonChange", () => {
  it("lets only an active admin manage people", () => {
    for (const actor of [
      { id: "e", role: "editor", active: true },
      { id: "r", role: "reporter", active: true },
      { id: "x", role: "admin", active: false },
    ] as const) {
      expect(checkPersonChange(actor, { id: "t", role: "reporter", active: true }, { name: "x" }, 3)).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("refuses to demote or deactivate the last active admin, and says why", () => {
    const other = { id: "b", role: "admin" as const, active: true };
    expect(checkPersonChange(admin, other, { role: "editor" }, 1)).toMatchObject({ ok: false, code: "unprocessable", field: "role" });
    expect(checkPersonChange(admin, other, { active: false }, 1)).toMatchObject({ ok: false, field: "active" });
    expect(checkPersonChange(admin, admin, { role: "reporter" }, 1)).toMatchObject({ ok: false, message: expect.stringContaining("only active admin") });
    expect(checkPersonChange(admin, admin, { active: false }, 2)).toEqual({ ok: true });
    expect(checkPersonChange(admin, other, { role: "editor" }, 2)).toEqual({ ok: true });
  });

  it("never lets a change leave no active admin (property)", () => {
    const role = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(role, fc.boolean(), fc.record({ role: fc.option(role, { nil: undefined }), active: fc.option(fc.boolean(), { nil: undefined }) }), fc.integer({ min: 1, max: 4 }), (targetRole, targetActive, change, admins) => {
        const target = { id: "t", role: targetRole, active: targetActive };
        const outcome = checkPersonChange(admin, target, change, admins);
        if (outcome.ok && removesAdmin(target, change)) expect(admins).toBeGreaterThan(1);
      }),
    );
  });
});
