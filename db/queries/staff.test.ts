import { afterAll, beforeAll, expect, it } from "vitest";
import { users } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { isAssignableEditor, listAssignableEditors } from "./articles";
import { listPeopleNames } from "./users";

let t: DemoDesk;
let formerEditor: string;
beforeAll(async () => {
  t = await createDemoDesk();
  const [row] = await t.db
    .insert(users)
    .values({ email: "former.editor@example.test", name: "Former Editor", role: "editor", active: false, slug: "former-editor" })
    .returning({ id: users.id });
  formerEditor = row!.id;
});
afterAll(async () => t.drop());

it("offers and accepts as a story's editor exactly the active editors and admins", async () => {
  const offered = await listAssignableEditors(t.db);
  expect(offered.map((p) => p.id).sort()).toEqual([t.admin.id, t.editor.id].sort());
  for (const id of [t.admin.id, t.editor.id]) expect(await isAssignableEditor(t.db, id)).toBe(true);
  for (const id of [t.reporter.id, formerEditor]) expect(await isAssignableEditor(t.db, id)).toBe(false);
});

it("lists everyone by name for the filters, deactivated people included (their stories and events stay)", async () => {
  const names = await listPeopleNames(t.db);
  expect(names.map((p) => p.name)).toEqual(["Former Editor", "Laila Hassan", "خالد عبد الله", "سارة منصور"]);
});
