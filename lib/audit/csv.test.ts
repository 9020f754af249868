import { describe, expect, it } from "vitest";
import { auditCsvRow, spreadsheetSafe } from "./csv";
import { startOfDay } from "../validation/day-range";

describe("audit CSV", () => {
  it("keeps spreadsheets from running a cell as a formula", () => {
    for (const v of ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx"]) expect(spreadsheetSafe(v)).toBe(`'${v}`);
    expect(spreadsheetSafe("سارة")).toBe("سارة");
  });

  it("writes one event with its people, object and before/after", () => {
    expect(
      auditCsvRow({
        id: 7,
        createdAt: new Date("2026-11-28T10:00:00Z"),
        actor: { id: "u1", name: "=evil" },
        action: "user.role_changed",
        objectType: "user",
        objectId: "u2",
        object: { text: "+سارة" },
        before: { role: "reporter" },
        after: { role: "editor" },
        ip: null,
      }),
    ).toEqual(["7", "2026-11-28T10:00:00.000Z", "u1", "'=evil", "user.role_changed", "user", "u2", "'+سارة", '{"role":"reporter"}', '{"role":"editor"}', ""]);
  });
});

describe("audit date filters", () => {
  it("read a day on the newsroom's clock and refuse days that do not exist", () => {
    expect(startOfDay("2026-11-28", "Africa/Cairo")?.toISOString()).toBe("2026-11-27T22:00:00.000Z");
    expect(startOfDay("2026-11-28", "Africa/Cairo", 1)?.toISOString()).toBe("2026-11-28T22:00:00.000Z");
    expect(startOfDay("2026-02-30", "Africa/Cairo")).toBeNull();
  });
});

describe("audit actions", () => {
  it("lists every workflow step and links objects to their pages", async () => {
    const { AUDIT_ACTIONS, objectHref } = await import("./actions");
    expect(AUDIT_ACTIONS).toContain("article.publish");
    expect(AUDIT_ACTIONS).toContain("user.deactivated");
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(objectHref("article", "a1")).toBe("/dashboard/articles/a1");
    expect(objectHref("user", "u1")).toBe("/admin/users/u1");
    expect(objectHref("user", null)).toBeNull();
  });
});
