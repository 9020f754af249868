import { asc, count, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Result } from "@/lib/errors";
import { can } from "@/lib/authz/can";
import type { NewSectionInput, SectionChangeInput } from "@/lib/validation/sections";
import type { Db } from "../client";
import { transact } from "../transaction";
import { recordAudit } from "../queries/audit";
import { announcePublicChange } from "../queries/public-changes";
import { articles, revisions, sectionSlugs, sections, type Section } from "../schema";

// One section change at a time: positions and slugs are compared across rows.
const SECTION_LOCK = 7_301_962_017;

export type SectionRow = Section & { stories: number };

const forbidden = () => fail("forbidden", "sections_admins_only");
const slugTaken = () => failField("invalid", "slug", "section_slug_taken");

async function slugInUse(tx: Db, slug: string, exceptId?: string): Promise<boolean> {
  const [current] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  if (current && current.id !== exceptId) return true;
  const [retired] = await tx.select({ id: sectionSlugs.sectionId }).from(sectionSlugs).where(eq(sectionSlugs.slug, slug));
  // A section may take back an address it had before; another may not take it.
  return Boolean(retired && retired.id !== exceptId);
}

export async function listSectionsWithCounts(db: Db, actor: Actor): Promise<Result<SectionRow[]>> {
  if (!can.manageSections(actor)) return forbidden();
  const counts = db
    .select({ sectionId: articles.sectionId, n: count().as("n") })
    .from(articles)
    .groupBy(articles.sectionId)
    .as("counts");
  const rows = await db
    .select({ section: sections, stories: sql<number>`coalesce(${counts.n}, 0)::int` })
    .from(sections)
    .leftJoin(counts, eq(counts.sectionId, sections.id))
    .orderBy(asc(sections.position), asc(sections.slug));
  return ok(rows.map((r) => ({ ...r.section, stories: r.stories })));
}

export async function createSection(db: Db, actor: Actor, input: NewSectionInput, now: Date = new Date()): Promise<Result<Section>> {
  if (!can.manageSections(actor)) return forbidden();
  return transact(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SECTION_LOCK})`);
    if (await slugInUse(tx, input.slug)) return slugTaken();
    const [last] = await tx.select({ position: sections.position }).from(sections).orderBy(desc(sections.position)).limit(1);
    const [section] = await tx
      .insert(sections)
      .values({ ...input, position: (last?.position ?? -1) + 1, createdAt: now, updatedAt: now })
      .returning();
    if (!section) throw new Error("The section was not created.");
    await recordAudit(tx, { actorId: actor.id, action: "section.created", objectType: "section", objectId: section.id, after: input, createdAt: now });
    await announcePublicChange(tx, { type: "sections.reordered" });
    return ok(section);
  });
}

/** Renames, re-addresses (the old address keeps answering with a 301), hides or shows a section. */
export async function changeSection(db: Db, actor: Actor, id: string, change: SectionChangeInput, now: Date = new Date()): Promise<Result<Section>> {
  if (!can.manageSections(actor)) return forbidden();
  return transact(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SECTION_LOCK})`);
    const [before] = await tx.select().from(sections).where(eq(sections.id, id));
    if (!before) return fail("not_found", "section_not_found");
    if (change.version !== undefined && change.version !== before.version) {
      return fail("conflict", "section_changed", { params: { version: before.version } });
    }
    // Only what differs is a change: a form that sends every field must not rewrite (or audit) the others.
    const changed = Object.fromEntries(
      (["slug", "nameAr", "nameEn", "hidden"] as const).flatMap((k) => (change[k] !== undefined && change[k] !== before[k] ? [[k, change[k]]] : [])),
    ) as Partial<Pick<Section, "slug" | "nameAr" | "nameEn" | "hidden">>;
    if (Object.keys(changed).length === 0) return ok(before);
    const slugChanges = changed.slug !== undefined;
    if (slugChanges && (await slugInUse(tx, changed.slug!, id))) return slugTaken();
    if (slugChanges) {
      await tx.delete(sectionSlugs).where(eq(sectionSlugs.slug, changed.slug!));
      await tx.insert(sectionSlugs).values({ slug: before.slug, sectionId: id, retiredAt: now });
    }
    const [after] = await tx
      .update(sections)
      .set({ ...changed, version: before.version + 1, updatedAt: now })
      .where(eq(sections.id, id))
      .returning();
    if (!after) throw new Error(`Section ${id} vanished inside its own transaction.`);
    const action = slugChanges
      ? "section.address_changed"
      : changed.hidden !== undefined
        ? changed.hidden
          ? "section.hidden"
          : "section.shown"
        : "section.renamed";
    await recordAudit(tx, {
      actorId: actor.id,
      action,
      objectType: "section",
      objectId: id,
      before: Object.fromEntries(Object.keys(changed).map((k) => [k, before[k as keyof typeof changed]])),
      after: changed,
      createdAt: now,
    });
    await announcePublicChange(tx, { type: "section.changed", sectionId: id, paths: slugChanges ? [before.slug, after.slug] : [] });
    return ok(after);
  });
}

/** Swaps a section with its neighbour in the running order. */
export async function moveSection(db: Db, actor: Actor, id: string, direction: "up" | "down", now: Date = new Date()): Promise<Result<null>> {
  if (!can.manageSections(actor)) return forbidden();
  return transact(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SECTION_LOCK})`);
    const [section] = await tx.select().from(sections).where(eq(sections.id, id));
    if (!section) return fail("not_found", "section_not_found");
    const [neighbour] = await tx
      .select()
      .from(sections)
      .where(direction === "up" ? lt(sections.position, section.position) : gt(sections.position, section.position))
      .orderBy(direction === "up" ? desc(sections.position) : asc(sections.position))
      .limit(1);
    if (!neighbour) return ok(null);
    await tx.update(sections).set({ position: neighbour.position, updatedAt: now }).where(eq(sections.id, section.id));
    await tx.update(sections).set({ position: section.position, updatedAt: now }).where(eq(sections.id, neighbour.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.moved",
      objectType: "section",
      objectId: id,
      before: { position: section.position },
      after: { position: neighbour.position },
      createdAt: now,
    });
    await announcePublicChange(tx, { type: "sections.reordered" });
    return ok(null);
  });
}

/** Only a section that never held a story can be deleted; one with stories is hidden instead. */
export async function deleteSection(db: Db, actor: Actor, id: string, now: Date = new Date()): Promise<Result<null>> {
  if (!can.manageSections(actor)) return forbidden();
  return transact(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SECTION_LOCK})`);
    const [section] = await tx.select().from(sections).where(eq(sections.id, id));
    if (!section) return fail("not_found", "section_not_found");
    const [used] = await tx.select({ n: count() }).from(revisions).where(eq(revisions.sectionId, id));
    const [current] = await tx.select({ n: count() }).from(articles).where(eq(articles.sectionId, id));
    if ((used?.n ?? 0) > 0 || (current?.n ?? 0) > 0) return fail("unprocessable", "section_has_stories");
    await tx.delete(sections).where(eq(sections.id, id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "section.deleted",
      objectType: "section",
      objectId: id,
      before: { slug: section.slug, nameAr: section.nameAr, nameEn: section.nameEn },
      createdAt: now,
    });
    await announcePublicChange(tx, { type: "sections.reordered" });
    return ok(null);
  });
}
