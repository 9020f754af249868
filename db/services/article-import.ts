import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
import { neutraliseBidiControls } from "@/lib/arabic/bidi";
import { searchKey } from "@/lib/arabic/normalize";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Failure, type Refusal, type Result } from "@/lib/errors";
import { nearlySameText, probeQuery } from "@/lib/import/near-duplicate";
import { wireLimitProblem } from "@/lib/import/wire-limits";
import { parseWireText, type WireParseError, type WireStory } from "@/lib/import/wire-text";
import { paragraph, relatedStory } from "@/lib/richtext/build";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { documentOwnText } from "@/lib/richtext/text";
import { zonedWallClockToInstant } from "@/lib/time/zoned";
import type { Db } from "../client";
import { transact } from "../transaction";
import { listSections } from "../queries/articles";
import { compileQuery, deskStoriesMatching } from "../queries/search";
import { recordAudit } from "../queries/audit";
import { articles } from "../schema";
import { createArticle } from "./article-write";

export type ImportInput = { text: string; section?: string; year?: number; language?: "ar" | "en"; allowDuplicate?: boolean };
export type ImportOutcome = { id: string; version: number; slug: string; unresolved: string[] };

/** Related-story lines pointed at the stories whose headline matches, letter forms and marks aside. */
async function resolveRelated(db: Db, story: WireStory): Promise<{ body: RichTextDocument; unresolved: string[] }> {
  const keys = [...new Set(story.blocks.flatMap((b) => (b.kind === "related" ? [searchKey(b.headline)] : [])))];
  const found = keys.length ? await db.select({ id: articles.id, key: articles.searchKey }).from(articles).where(inArray(articles.searchKey, keys)) : [];
  const byKey = new Map(found.map((f) => [f.key, f.id]));
  const unresolved: string[] = [];
  const content = story.blocks.map((block) => {
    if (block.kind === "paragraph") return paragraph(block.text);
    const id = byKey.get(searchKey(block.headline)) ?? null;
    if (!id) unresolved.push(block.headline);
    return relatedStory(block.headline, id);
  });
  return { body: { type: "doc", content }, unresolved };
}

/** The instant the copy's dateline names, in the year asked for (this year by default). */
function datelineOf(story: WireStory, input: ImportInput, timeZone: string, now: Date): Date | null {
  const year = input.year ?? Number(new Intl.DateTimeFormat("en", { timeZone, year: "numeric" }).format(now));
  return story.dateline ? zonedWallClockToInstant({ year, ...story.dateline }, timeZone) : null;
}

/**
 * A story already on the desk that this copy would duplicate: the same
 * headline (letter forms and marks aside) and the same dateline, or no
 * dateline on either side to tell them apart.
 */
async function existingTwin(db: Db, headline: string, datelineAt: Date | null): Promise<{ id: string; headline: string } | null> {
  const [twin] = await db
    .select({ id: articles.id, headline: articles.headline })
    .from(articles)
    .where(
      and(
        eq(articles.searchKey, searchKey(headline)),
        datelineAt ? or(isNull(articles.datelineAt), eq(articles.datelineAt, datelineAt)) : undefined,
        ne(articles.status, "archived"),
      ),
    )
    .limit(1);
  return twin ?? null;
}

/** Stories holding some of the copy's word pairs that are looked at closely, newest first. */
const NEAR_CANDIDATES = 20;

/**
 * A story on the desk whose text is this copy's, near enough (the same wire
 * story sent again under another headline, or with a paragraph added): found
 * through search's index by a few of the copy's word pairs, then compared
 * word by word.
 */
async function nearTwin(db: Db, text: string): Promise<{ id: string; headline: string } | null> {
  const probe = probeQuery(text);
  const compiled = probe ? await compileQuery(db, { text: probe, prefix: false }) : null;
  if (!compiled) return null;
  const candidates = await deskStoriesMatching(db, compiled, NEAR_CANDIDATES);
  const twin = candidates.find((candidate) => nearlySameText(text, documentOwnText(candidate.body)));
  return twin ? { id: twin.id, headline: twin.headline } : null;
}

/**
 * Copy bigger than one story may be is 413, like copy over 1 MB; copy that
 * was read but breaks a rule (no headline, a paragraph over its limit) is 422.
 * The refusal goes on `text`, the field the copy came in.
 */
function refused(code: WireParseError, refusal: Refusal): Failure {
  return failField(code === "too_large" ? "too_large" : "unprocessable", "text", refusal);
}

function guessLanguage(text: string): "ar" | "en" {
  const arabic = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin ? "ar" : "en";
}

/**
 * Wire copy to a draft: chrome dropped, headline and dateline read, paragraphs
 * kept, «اقرأ المزيد» lines linked to matching stories (or left unresolved for
 * the editor), the section taken from the request or the copy's footer.
 */
export async function importArticle(db: Db, actor: Actor, input: ImportInput, timeZone: string, now: Date = new Date()): Promise<Result<ImportOutcome>> {
  const sections = await listSections(db);
  const parsed = parseWireText(
    input.text,
    sections.filter((s) => !s.hidden).map((s) => ({ slug: s.slug, names: [s.nameAr, s.nameEn] })),
  );
  if (!parsed.ok) return refused(parsed.code, parsed.refusal);
  // Wire headlines reach createArticle without typedText(): their bidi controls are neutralised here instead.
  const story = { ...parsed.story, headline: neutraliseBidiControls(parsed.story.headline) };
  const section = input.section ?? story.sectionSlug;
  if (!section) return failField("invalid", "section", "import_section_missing");
  if (!input.allowDuplicate) {
    const twin = await existingTwin(db, story.headline, datelineOf(story, input, timeZone, now));
    if (twin) return fail("conflict", "import_duplicate", { params: { id: twin.id, headline: twin.headline } });
    const text = story.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : [])).join("\n");
    const near = await nearTwin(db, text);
    if (near) return fail("conflict", "import_near_duplicate", { params: { id: near.id, headline: near.headline } });
  }
  const { body, unresolved } = await resolveRelated(db, story);
  // Again with the links found: each is a story id where the parse had null, and a body near the limit can pass it.
  const problem = wireLimitProblem(story.headline, body);
  if (problem) return refused(problem.code, problem.refusal);
  const datelineAt = datelineOf(story, input, timeZone, now);
  const language = input.language ?? guessLanguage(story.headline);

  return transact(db, async (tx) => {
    const created = await createArticle(tx, actor, { headline: story.headline, body, section, language }, now);
    if (!created.ok) return created;
    await tx.update(articles).set({ datelineAt }).where(eq(articles.id, created.data.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "article.imported",
      objectType: "article",
      objectId: created.data.id,
      after: { dropped: story.droppedLines, unresolved, dateline: datelineAt?.toISOString() ?? null },
      createdAt: now,
    });
    return ok({ id: created.data.id, version: created.data.version, slug: created.data.slug, unresolved });
  });
}
