import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/authz/roles";
import { createArticleSchema, transitionSchema } from "@/lib/validation/article";
import type { Db } from "../client";
import { articles } from "../schema";
import { createArticle } from "../services/article-write";
import { transitionArticle } from "../services/article-transition";

export type Desk = { db: Db; reporter: Actor; editor: Actor };

async function step(desk: Desk, by: Actor, id: string, to: string, extra: Record<string, unknown> = {}) {
  const [row] = await desk.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
  const result = await transitionArticle(desk.db, by, id, transitionSchema.parse({ to, version: row!.version, ...extra }));
  if (!result.ok) throw new Error(`${to}: ${result.reason}`);
  return result.data;
}

/** A reporter's story, reviewed and approved by an editor, ready to schedule or publish. */
export async function approvedStory(
  desk: Desk,
  headline: string,
  options: { section?: string; bodyText?: string } = {},
): Promise<{ id: string; slug: string }> {
  const input = createArticleSchema.parse({ headline, bodyText: options.bodyText ?? "نص الخبر.", section: options.section ?? "world", language: "ar" });
  const created = await createArticle(desk.db, desk.reporter, input);
  if (!created.ok) throw new Error(created.reason);
  await step(desk, desk.reporter, created.data.id, "in_review");
  await step(desk, desk.editor, created.data.id, "approved");
  return { id: created.data.id, slug: created.data.slug };
}

export function scheduleStory(desk: Desk, id: string, at: Date) {
  return step(desk, desk.editor, id, "scheduled", { publishAt: at.toISOString() });
}

export function publishStory(desk: Desk, id: string) {
  return step(desk, desk.editor, id, "published");
}

export function unpublishStory(desk: Desk, id: string) {
  return step(desk, desk.editor, id, "unpublished", { reason: "Pulled for a legal check." });
}

export function unscheduleStory(desk: Desk, id: string) {
  return step(desk, desk.editor, id, "approved");
}

/** A reporter's story, approved and published by an editor. */
export async function publishedStory(desk: Desk, headline: string): Promise<{ id: string; slug: string }> {
  const story = await approvedStory(desk, headline);
  await publishStory(desk, story.id);
  return story;
}

/** An update of a published story, published again with a correction attached. */
export function correctStory(desk: Desk, id: string, correction: { wrong: string; correct: string; publicText: string }) {
  return step(desk, desk.editor, id, "published", { correction });
}
