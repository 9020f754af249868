import { eq, sql } from "drizzle-orm";
import { tagsFor, type PublicChange, type StoryAddress, type StoryAuthor } from "@/lib/site/public-tags";
import type { Db } from "../client";
import { articleAuthors, sections, users } from "../schema";

/** The PostgreSQL channel that carries public cache invalidations to every app instance. */
export const PUBLIC_CHANGES_CHANNEL = "newsroom_public_changes";

type PublicChangeMessage = { tags: string[] };

/**
 * Tells every app instance which public pages a change makes stale. Called
 * inside the change's own transaction: PostgreSQL delivers the notification
 * when it commits, never before and never for a rollback, so readers can
 * neither see a page invalidated too early nor miss one.
 */
export async function announcePublicChange(tx: Db, change: PublicChange): Promise<void> {
  const message: PublicChangeMessage = { tags: tagsFor(change) };
  await tx.execute(sql`select pg_notify(${PUBLIC_CHANGES_CHANNEL}, ${JSON.stringify(message)})`);
}

/** The tags in a notification, or none when it is not one of ours. */
export function parsePublicChangeMessage(payload: string): string[] {
  try {
    const message: unknown = JSON.parse(payload);
    const tags = (message as Partial<PublicChangeMessage>)?.tags;
    return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === "string") : [];
  } catch {
    return [];
  }
}

/** A story's authors with their author pages' addresses, for the change that puts it out or takes it off. */
export async function storyAuthors(tx: Db, articleId: string): Promise<StoryAuthor[]> {
  return tx
    .select({ id: users.id, slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId));
}

/** A story's public address: its section's path segment and its slug. */
export async function storyAddress(tx: Db, story: { sectionId: string; slug: string }): Promise<StoryAddress> {
  const [section] = await tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, story.sectionId));
  if (!section) throw new Error(`Section ${story.sectionId} does not exist.`);
  return { sectionId: story.sectionId, sectionSlug: section.slug, slug: story.slug };
}
