import { describe, expect, it } from "vitest";
import { can } from "./can";
import type { Actor, Role } from "./roles";

const actor = (role: Role, active = true): Actor => ({ id: "00000000-0000-4000-8000-000000000001", role, active });

describe("can.markBreaking", () => {
  it("is for active editors and admins only", () => {
    expect(can.markBreaking(actor("editor"))).toBe(true);
    expect(can.markBreaking(actor("admin"))).toBe(true);
    expect(can.markBreaking(actor("reporter"))).toBe(false);
    expect(can.markBreaking(actor("admin", false))).toBe(false);
  });
});
