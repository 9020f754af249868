import { readFile } from "node:fs/promises";
import { and, eq, sql } from "drizzle-orm";
import { searchKey } from "@/lib/arabic/normalize";
import { slugify } from "@/lib/arabic/slug";
import { hashPassword } from "@/lib/auth/password";
import { parseWireText, wireBodyDocument } from "@/lib/import/wire-text";
import { zonedWallClockToInstant } from "@/lib/time/zoned";
import type { Db } from "../client";
import { recordAudit } from "../queries/audit";
import { announcePublicChange } from "../queries/public-changes";
import { insertRevision } from "../queries/revisions";
import { freeAuthorSlug } from "../queries/author-slugs";
import { findUserByEmail } from "../queries/users";
import { articleAuthors, articles, sections, users } from "../schema";
import { DEMO_USERS, REFERENCE_STORY, SECTIONS } from "./demo-data";

const SEED_LOCK = 7_301_962_015;

export type SeedReport = { usersCreated: number; sectionsCreated: number; articlesCreated: number };

async function readReferenceStory(): Promise<string> {
  return readFile(new URL(`./${REFERENCE_STORY.file}`, import.meta.url), "utf8");
}

/**
 * Seeds demo accounts, sections and the reference story. Idempotent: existing
 * rows are left exactly as they are, so running it twice changes nothing.
 */
export async function seedDemo(db: Db): Promise<SeedReport> {
  const text = await readReferenceStory();
  const parsed = parseWireText(
    text,
    SECTIONS.map((s) => ({ slug: s.slug, names: [s.nameAr, s.nameEn] })),
  );
  if (!parsed.ok) throw new Error(`The reference story does not parse: ${parsed.refusal.reason}`);
  const story = parsed.story;
  if (!story.dateline) throw new Error("The reference story has no dateline.");
  const publishedAt = zonedWallClockToInstant({ year: REFERENCE_STORY.year, ...story.dateline }, REFERENCE_STORY.timeZone);

  const hashes = new Map<string, string>();
  for (const user of DEMO_USERS) {
    if (!(await findUserByEmail(db, user.email))) hashes.set(user.email, await hashPassword(user.password));
  }

  return db.transaction(async (tx) => {
    // Two instances starting at once must not both create the story.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const report: SeedReport = { usersCreated: 0, sectionsCreated: 0, articlesCreated: 0 };
    for (const { email, name, role, locale } of DEMO_USERS) {
      const passwordHash = hashes.get(email);
      if (!passwordHash) continue;
      const slug = await freeAuthorSlug(tx, name);
      const created = await tx.insert(users).values({ email, name, role, locale, passwordHash, slug }).onConflictDoNothing().returning();
      report.usersCreated += created.length;
    }
    const createdSections = await tx.insert(sections).values(SECTIONS).onConflictDoNothing().returning();
    report.sectionsCreated = createdSections.length;

    const [section] = await tx.select().from(sections).where(eq(sections.slug, REFERENCE_STORY.sectionSlug));
    const author = await findUserByEmail(tx, REFERENCE_STORY.authorEmail);
    if (!section || !author) return report;
    const slug = slugify(story.headline);
    const [existing] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.sectionId, section.id), eq(articles.slug, slug)));
    if (existing) return report;

    const [article] = await tx
      .insert(articles)
      .values({
        slug,
        sectionId: section.id,
        language: "ar",
        status: "published",
        headline: story.headline,
        searchKey: searchKey(story.headline),
        createdBy: author.id,
        firstPublishedAt: publishedAt,
        statusChangedAt: publishedAt,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      })
      .returning();
    if (!article) throw new Error("Could not create the reference story.");
    const revision = await insertRevision(tx, {
      articleId: article.id,
      headline: story.headline,
      body: wireBodyDocument(story),
      sectionId: section.id,
      status: "published",
      reason: "Demo data",
      createdBy: author.id,
      createdAt: publishedAt,
    });
    await tx
      .update(articles)
      .set({ workingRevisionId: revision.id, liveRevisionId: revision.id, approvedRevisionId: revision.id })
      .where(eq(articles.id, article.id));
    await tx.insert(articleAuthors).values({ articleId: article.id, userId: author.id, position: 0 });
    await recordAudit(tx, {
      action: "article.seeded",
      objectType: "article",
      objectId: article.id,
      after: { slug, status: "published", section: section.slug },
    });
    // A running app may already have the home page cached (npm run db:seed beside it).
    await announcePublicChange(tx, {
      type: "story.published",
      storyId: article.id,
      address: { sectionId: section.id, sectionSlug: section.slug, slug },
      authors: [{ id: author.id, slug: author.slug }],
    });
    report.articlesCreated = 1;
    return report;
  });
}
