import { sql, type SQL } from "drizzle-orm";
import type { Position } from "@/lib/pagination/cursor";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { documentToPlainText } from "@/lib/richtext/text";
import { MARK_START, MARK_STOP, searchableText, snippetFromHeadline, type SnippetPart } from "@/lib/search/snippet";
import type { Db } from "../client";
import { instantKey } from "./keyset";

/**
 * Where a search looks: the desk in every story's working revision, newest
 * change first; readers in the live revision of published stories, newest
 * publication first. (A scheduled story whose time has come shows on the
 * site before the scheduler has marked it published; search finds it once it
 * has, seconds later.)
 */
export type SearchScope = "desk" | "public";

/** Headline, then summary, then body: a story is in the first tier whose text holds the whole query. */
export type Tier = 1 | 2 | 3;
export const TIERS: readonly Tier[] = [1, 2, 3];

export type SearchFilters = {
  status?: string;
  sectionId?: string;
  language?: "ar" | "en";
  authorId?: string;
  from?: Date;
  until?: Date;
};

const REVISION: Record<SearchScope, SQL> = {
  desk: sql`a.working_revision_id`,
  public: sql`a.live_revision_id`,
};

const TIME: Record<SearchScope, SQL> = {
  desk: sql`a.updated_at`,
  public: sql`coalesce(a.first_published_at, a.publish_at)`,
};

const VISIBLE: Record<SearchScope, SQL> = {
  desk: sql`true`,
  public: sql`a.status = 'published' and exists (select 1 from sections s where s.id = a.section_id and not s.hidden)`,
};

/**
 * A query as PostgreSQL reads it: websearch syntax, whatever else the text holds
 * taken as words. `prefix`: its last word may be the start of a word (search as
 * one types).
 */
export type SearchQueryText = { text: string; prefix: boolean };

// The last lexeme of a tsquery as PostgreSQL writes it ('…', quotes doubled).
const LAST_LEXEME = "('(?:[^']|'')+')$";

// An Arabic lexeme, with the prefix mark it may carry.
const ARABIC_LEXEME = "'([ء-ي]+)'(:\\*)?";
/*
 * The same lexeme, or with a one-letter particle before it (ل و ب ك ف): the
 * stemmer strips some of these and not others («لحملة» stays لحمل while
 * «حملة» is حمل), and searchText() cannot take a single letter off a word
 * without breaking words that begin with it (لجنة, وزير). So the query asks
 * for both spellings instead.
 */
const WITH_PARTICLES = `(${["", "ل", "و", "ب", "ك", "ف"].map((particle) => `'${particle}\\1'\\2`).join(" | ")})`;

function tsquery(config: "arabic" | "english", query: SearchQueryText): SQL {
  const parsed = sql`websearch_to_tsquery(${sql.raw(`'${config}'`)}, ${query.text})`;
  const prefixed = query.prefix ? sql`regexp_replace(${parsed}::text, ${LAST_LEXEME}, ${"\\1:*"})::tsquery` : parsed;
  return config === "arabic" ? sql`regexp_replace(${prefixed}::text, ${ARABIC_LEXEME}, ${WITH_PARTICLES}, 'g')::tsquery` : prefixed;
}

/** The query in each configuration, as PostgreSQL writes a tsquery: made once, then passed to every statement of the search. */
export type CompiledQuery = { arabic: string; english: string };

/**
 * The query compiled for both languages, or null when it leaves nothing to
 * look for in either (only punctuation, say). Compiling apart, once, keeps
 * the rewriting out of the statements that test thousands of stories.
 */
export async function compileQuery(db: Db, query: SearchQueryText): Promise<CompiledQuery | null> {
  const [row] = await db.execute<{ arabic: string; english: string; terms: number }>(sql`
    select q.arabic::text as arabic, q.english::text as english, greatest(numnode(q.arabic), numnode(q.english)) as terms
    from (select ${tsquery("arabic", query)} as arabic, ${tsquery("english", query)} as english) q`);
  return row && row.terms > 0 ? { arabic: row.arabic, english: row.english } : null;
}

/** `vector` matches the query in the document's own language. */
function matches(vector: SQL, query: CompiledQuery): SQL {
  return sql`((d.config = 'arabic' and ${vector} @@ ${query.arabic}::tsquery)
    or (d.config = 'english' and ${vector} @@ ${query.english}::tsquery))`;
}

function inTier(tier: Tier | "any", query: CompiledQuery): SQL {
  const all = matches(sql`d.vector`, query);
  const lead = matches(sql`ts_filter(d.vector, '{a,b}')`, query);
  const headline = matches(sql`d.headline_vector`, query);
  switch (tier) {
    case "any":
      return all;
    case 1:
      return sql`${all} and ${headline}`;
    case 2:
      return sql`${all} and ${lead} and not ${headline}`;
    case 3:
      return sql`${all} and not ${lead}`;
  }
}

function filtered(filters: SearchFilters, scope: SearchScope): SQL[] {
  const time = TIME[scope];
  return [
    VISIBLE[scope],
    filters.status ? sql`a.status = ${filters.status}` : undefined,
    filters.sectionId ? sql`a.section_id = ${filters.sectionId}::uuid` : undefined,
    filters.language ? sql`a.language = ${filters.language}` : undefined,
    filters.authorId ? sql`exists (select 1 from article_authors w where w.article_id = a.id and w.user_id = ${filters.authorId}::uuid)` : undefined,
    filters.from ? sql`${time} >= ${filters.from.toISOString()}::timestamptz` : undefined,
    filters.until ? sql`${time} < ${filters.until.toISOString()}::timestamptz` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

/**
 * One tier's matches (or all of them, newest first), from `after` on, at
 * most `limit`: the order is the scope's time, then the id, which lets
 * PostgreSQL either walk the time index and test each story (a common word)
 * or gather the few matches from the GIN index and sort them (a rare one).
 */
export async function searchTier(
  db: Db,
  options: { scope: SearchScope; query: CompiledQuery; tier: Tier | "any"; filters: SearchFilters; after?: Position<"uuid">; limit: number },
): Promise<{ id: string; key: string }[]> {
  const time = TIME[options.scope];
  const conditions = [...filtered(options.filters, options.scope), inTier(options.tier, options.query)];
  if (options.after) conditions.push(sql`(${time}, a.id) < (${options.after.key}::timestamptz, ${options.after.id}::uuid)`);
  return db.execute<{ id: string; key: string }>(sql`
    select a.id, ${instantKey(time)} as key
    from articles a
    join search_documents d on d.revision_id = ${REVISION[options.scope]}
    where ${sql.join(conditions, sql` and `)}
    order by ${time} desc, a.id desc
    limit ${options.limit}`);
}

/** For each misspelt word (one the vocabulary lacks), the indexed word most like it, if any is alike enough. */
export async function likelyWords(db: Db, words: string[]): Promise<Map<string, string>> {
  if (words.length === 0) return new Map();
  const rows = await db.execute<{ input: string; best: string | null }>(sql`
    select w.input, (select s.word from search_words s where s.word % w.input order by similarity(s.word, w.input) desc, s.word limit 1) as best
    from unnest(${sql.param(words)}::text[]) as w(input)
    where not exists (select 1 from search_words s where s.word = w.input)`);
  return new Map(rows.flatMap((r) => (r.best ? [[r.input, r.best] as const] : [])));
}

export type Snippet = { headline: SnippetPart[]; excerpt: SnippetPart[][] };

const DELIMITER = " … ";
const MARKS = `StartSel="${MARK_START}", StopSel="${MARK_STOP}"`;

/**
 * Each story's headline with the matched words marked, and the passages of
 * its body (or its summary) that show why it matched, in the reader's own
 * spelling (lib/search/snippet.ts).
 */
export async function snippetsFor(db: Db, scope: SearchScope, ids: string[], query: CompiledQuery): Promise<Map<string, Snippet>> {
  if (ids.length === 0) return new Map();
  const stories = await db.execute<{ id: string; config: string; headline: string; dek: string | null; body: RichTextDocument }>(sql`
    select a.id, d.config, r.headline, r.dek, r.body
    from articles a
    join search_documents d on d.revision_id = ${REVISION[scope]}
    join revisions r on r.id = d.revision_id
    where a.id = any(${sql.param(ids)}::uuid[])`);
  const texts = stories.map((story) => ({
    id: story.id,
    config: story.config,
    headline: searchableText(story.headline),
    dek: searchableText(story.dek ?? ""),
    body: searchableText(documentToPlainText({ ...story.body, content: story.body.content.filter((block) => block.type !== "relatedStory") })),
  }));
  const marked = await db.execute<{ i: number; headline: string; dek: string; body: string }>(sql`
    with q as (select ${query.arabic}::tsquery as arabic, ${query.english}::tsquery as english)
    select t.i::int as i,
      ts_headline(t.config::regconfig, t.headline, case t.config when 'english' then q.english else q.arabic end, ${`HighlightAll=true, ${MARKS}`}) as headline,
      ts_headline(t.config::regconfig, t.dek, case t.config when 'english' then q.english else q.arabic end, ${`HighlightAll=true, ${MARKS}`}) as dek,
      ts_headline(t.config::regconfig, t.body, case t.config when 'english' then q.english else q.arabic end,
        ${`MaxFragments=2, MaxWords=22, MinWords=8, FragmentDelimiter="${DELIMITER}", ${MARKS}`}) as body
    from unnest(
      ${sql.param(texts.map((t) => t.config))}::text[], ${sql.param(texts.map((t) => t.headline.searchable))}::text[],
      ${sql.param(texts.map((t) => t.dek.searchable))}::text[], ${sql.param(texts.map((t) => t.body.searchable))}::text[]
    ) with ordinality as t(config, headline, dek, body, i), q`);
  const snippets = new Map<string, Snippet>();
  for (const row of marked) {
    const text = texts[row.i - 1]!;
    const headline = snippetFromHeadline(text.headline, row.headline, DELIMITER)[0] ?? [{ text: text.headline.words.join(" "), match: false }];
    const body = snippetFromHeadline(text.body, row.body, DELIMITER);
    const dek = snippetFromHeadline(text.dek, row.dek, DELIMITER);
    const marks = (fragments: SnippetPart[][]) => fragments.some((parts) => parts.some((part) => part.match));
    snippets.set(text.id, { headline, excerpt: marks(body) || !marks(dek) ? body : dek });
  }
  return snippets;
}
