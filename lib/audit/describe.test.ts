import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import messagesAr from "../../i18n/messages/ar.json";
import messagesEn from "../../i18n/messages/en.json";
import { AUDIT_ACTIONS } from "./actions";
import { AUDIT_FIELDS, BOOKKEEPING_FIELDS, describeChanges, peopleNamed } from "./describe";

const LOCALES = { ar: messagesAr, en: messagesEn };

describe("the audit log's words", () => {
  it.each(Object.keys(LOCALES) as ("ar" | "en")[])("name every action and every field in %s", (locale) => {
    const audit = LOCALES[locale].audit as unknown as { actions: Record<string, Record<string, string>>; fieldNames: Record<string, string> };
    const missing = AUDIT_ACTIONS.filter((action) => {
      const [object, verb] = action.split(".") as [string, string];
      return !audit.actions[object]?.[verb];
    });
    expect(missing).toEqual([]);
    expect(AUDIT_FIELDS.filter((field) => !audit.fieldNames[field])).toEqual([]);
  });

  it("know every action and every before/after key the services record", () => {
    const recorded = new Set<string>();
    const keys = new Set<string>();
    for (const dir of ["db/services", "db/seed", "app/logout"]) {
      for (const file of readdirSync(dir, { recursive: true }) as string[]) {
        if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
        const source = readFileSync(`${dir}/${file}`, "utf8");
        for (const m of source.matchAll(/action: "([a-z_]+\.[a-z_]+)"/g)) recorded.add(m[1]!);
        for (const m of source.matchAll(/(?:before|after): \{([^}]*)\}/g)) {
          for (const key of m[1]!.matchAll(/(?:^|,)\s*([a-zA-Z]+)(?=[:,]|\s*$)/g)) keys.add(key[1]!);
        }
      }
    }
    expect(recorded.size).toBeGreaterThan(20);
    expect([...recorded].filter((action) => !AUDIT_ACTIONS.includes(action))).toEqual([]);
    expect(keys.size).toBeGreaterThan(15);
    const described = new Set<string>([...AUDIT_FIELDS, ...BOOKKEEPING_FIELDS]);
    expect([...keys].filter((key) => !described.has(key))).toEqual([]);
  });
});

describe("describeChanges", () => {
  it("shows only what changed, each value by its kind", () => {
    expect(describeChanges("user.role_changed", { role: "reporter", name: "سارة" }, { role: "editor", name: "سارة" })).toEqual([
      { field: "role", before: { kind: "term", term: "role", value: "reporter" }, after: { kind: "term", term: "role", value: "editor" } },
    ]);
    expect(
      describeChanges("article.schedule", { status: "approved", version: 3 }, { status: "scheduled", version: 4, publishAt: "2026-12-02T09:00:00.000Z" }),
    ).toEqual([
      { field: "status", before: { kind: "term", term: "status", value: "approved" }, after: { kind: "term", term: "status", value: "scheduled" } },
      { field: "publishAt", before: { kind: "none" }, after: { kind: "time", at: "2026-12-02T09:00:00.000Z" } },
    ]);
  });

  it("reads a failed sign-in's reason as a code, and an editor's reason as their words", () => {
    expect(describeChanges("auth.sign_in_failed", null, { email: "x@y.test", reason: "wrong_password" })[1]?.after).toEqual({
      kind: "term",
      term: "signIn",
      value: "wrong_password",
    });
    expect(describeChanges("article.request_changes", {}, { reason: "أضف مصدرًا" })[0]?.after).toEqual({ kind: "text", text: "أضف مصدرًا" });
  });

  it("leaves bookkeeping to the CSV, and names the people values point at", () => {
    const changes = describeChanges("article.assigned", { version: 1, assignedEditorId: null }, { version: 2, assignedEditorId: "e1", revision: "r" });
    expect(changes).toEqual([{ field: "assignedEditorId", before: { kind: "none" }, after: { kind: "person", id: "e1" } }]);
    expect(peopleNamed(changes)).toEqual(["e1"]);
    expect(describeChanges("article.imported", null, { dropped: ["Comments", "عاجل"], unresolved: [] })).toEqual([
      { field: "dropped", before: { kind: "none" }, after: { kind: "list", items: ["Comments", "عاجل"] } },
    ]);
  });
});
