import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";
import { hasRole, isRole, mayEnter, ROLES, rolesAtLeast } from "./roles";

describe("roles", () => {
  it("orders reporter < editor < admin", () => {
    expect(ROLES.filter((r) => hasRole(r, "editor"))).toEqual(["editor", "admin"]);
    expect(ROLES.filter((r) => hasRole(r, "admin"))).toEqual(["admin"]);
    expect(ROLES.every((r) => hasRole(r, "reporter"))).toBe(true);
  });

  it("lists the roles that include a role, lowest first", () => {
    expect(rolesAtLeast("reporter")).toEqual(["reporter", "editor", "admin"]);
    expect(rolesAtLeast("editor")).toEqual(["editor", "admin"]);
    expect(rolesAtLeast("admin")).toEqual(["admin"]);
  });

  it("recognises only the three roles", () => {
    expect(isRole("admin")).toBe(true);
    expect(isRole("superuser")).toBe(false);
  });

  it("turns away signed-out and deactivated users, forbids missing roles", () => {
    expect(mayEnter(null, "reporter")).toBe("signed_out");
    expect(mayEnter({ id: "u", role: "admin", active: false }, "reporter")).toBe("signed_out");
    expect(mayEnter({ id: "u", role: "reporter", active: true }, "admin")).toBe("forbidden");
    expect(mayEnter({ id: "u", role: "admin", active: true }, "admin")).toBe("ok");
  });

  it("shows administration in the navigation to admins only", () => {
    expect(navigationFor("reporter").map((i) => i.key)).toEqual(["overview", "stories", "calendar", "media", "site"]);
    expect(navigationFor("editor").map((i) => i.key)).toEqual(["overview", "stories", "calendar", "media", "site"]);
    expect(navigationFor("admin").map((i) => i.key)).toEqual(["overview", "stories", "calendar", "media", "admin", "site"]);
  });
});
