import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/roles";
import { newSectionSchema, sectionChangeSchema } from "@/lib/validation/sections";
import { findSectionForPath } from "../queries/public-stories";
import { sections } from "../schema";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { changeSection, createSection, deleteSection, listSectionsWithCounts, moveSection } from "./sections";

let t: DemoDesk;
let admin: Actor;
let editor: Actor;
beforeAll(async () => {
  t = await createDemoDesk();
  ({ admin, editor } = t);
});
afterAll(async () => t.drop());

const create = (fields: Record<string, unknown>) => createSection(t.db, admin, newSectionSchema.parse(fields));

it("creates a section at the end, renames it, moves it and re-addresses it with the old address remembered", async () => {
  const created = await create({ slug: "Tech", nameAr: "تقنية", nameEn: "Technology" });
  if (!created.ok) throw new Error(created.reason);
  expect(created.data.slug).toBe("tech");
  const list = await listSectionsWithCounts(t.db, admin);
  expect(list.ok && list.data.at(-1)?.slug).toBe("tech");

  expect(await moveSection(t.db, admin, created.data.id, "up")).toEqual({ ok: true, data: null });
  const moved = await listSectionsWithCounts(t.db, admin);
  expect(moved.ok && moved.data.at(-2)?.slug).toBe("tech");

  expect(await changeSection(t.db, admin, created.data.id, sectionChangeSchema.parse({ slug: "تقنية", nameEn: "Tech" }))).toMatchObject({
    ok: true,
    data: { slug: "تقنية", nameEn: "Tech" },
  });
  expect(await findSectionForPath(t.db, "tech")).toMatchObject({ id: created.data.id, slug: "تقنية" });
  // The old address stays reserved for it: another section cannot take it, it can take it back.
  expect(await create({ slug: "tech", nameAr: "أخرى", nameEn: "Other" })).toMatchObject({ ok: false, fields: { slug: { reason: "section_slug_taken" } } });
  expect(await changeSection(t.db, admin, created.data.id, sectionChangeSchema.parse({ slug: "tech" }))).toMatchObject({ ok: true });
  expect(await findSectionForPath(t.db, "tech")).toMatchObject({ id: created.data.id, slug: "tech" });
  expect(await findSectionForPath(t.db, "تقنية")).toMatchObject({ id: created.data.id, slug: "tech" });
});

it("refuses reserved and malformed addresses, and non-admins", () => {
  expect(newSectionSchema.safeParse({ slug: "admin", nameAr: "أ", nameEn: "A" }).error?.issues[0]?.message).toBe("address_reserved");
  expect(newSectionSchema.safeParse({ slug: "a b/c", nameAr: "أ", nameEn: "A" }).success).toBe(false);
  return expect(createSection(t.db, editor, newSectionSchema.parse({ slug: "x", nameAr: "أ", nameEn: "A" }))).resolves.toMatchObject({
    ok: false,
    code: "forbidden",
  });
});

it("deletes only a section that never held a story; one with stories is hidden instead", async () => {
  const [world] = await t.db.select().from(sections).where(eq(sections.slug, "world"));
  const listed = await listSectionsWithCounts(t.db, admin);
  expect(listed.ok && listed.data.find((s) => s.slug === "world")?.stories).toBeGreaterThan(0);
  expect(listed.ok && listed.data.find((s) => s.slug === "sports")?.stories).toBe(0);
  expect(await deleteSection(t.db, admin, world!.id)).toMatchObject({ ok: false, code: "unprocessable" });
  expect(await changeSection(t.db, admin, world!.id, sectionChangeSchema.parse({ hidden: true }))).toMatchObject({ ok: true, data: { hidden: true } });
  const empty = await create({ slug: "empty", nameAr: "فارغ", nameEn: "Empty" });
  if (!empty.ok) throw new Error(empty.reason);
  expect(await deleteSection(t.db, admin, empty.data.id)).toEqual({ ok: true, data: null });
  expect(await t.db.select().from(sections).where(eq(sections.id, empty.data.id))).toEqual([]);
});
