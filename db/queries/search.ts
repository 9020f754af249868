import { sql, type SQL } from "drizzle-orm";
import type { Position } from "@/lib/pagination/cursor";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { documentToPlainText } from "@/lib/richtext/text";
import { matchQuery, TsqueryParseError } from "@/lib/search/phrase-pairs";
import { MARK_START, MARK_STOP, rememberingSearchText, searchableText, snippetFromHeadline, type SnippetPart } from "@/lib/search/snippet";
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

/**
 * The time each scope orders by, kept on the search document by the database
 * (migration 0020): the desk's while it is a story's working revision, the
 * readers' while it is the live revision of a story readers can see (null
 * otherwise, which is all the readers' scope needs to leave drafts out).
 */
const TIME: Record<SearchScope, SQL> = {
  desk: sql`d.desk_at`,
  public: sql`d.public_at`,
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

const CONFIGS = ["arabic", "english"] as const;
type Config = (typeof CONFIGS)[number];
// Written into the statement, not passed: PostgreSQL picks a language's own GIN index (a partial one) only when it sees which.
const IS_CONFIG: Record<Config, SQL> = { arabic: sql`d.config = 'arabic'`, english: sql`d.config = 'english'` };
type PerConfig = Record<Config, string>;

/**
 * The query compiled for both languages, as PostgreSQL writes a tsquery:
 * `arabic`/`english` as the reader asked (for snippets, and for the headline
 * and summary, small enough to check positions in), `match` with its phrases
 * as word pairs (lib/search/phrase-pairs.ts) for the whole story's vector;
 * `configs`, the languages in which it has something to look for.
 */
export type CompiledQuery = PerConfig & { match: PerConfig; excludes: boolean; phrases: boolean; configs: Config[] };

function forMatching(tsquery: string): { text: string; excludes: boolean; phrases: boolean } {
  try {
    return matchQuery(tsquery);
  } catch (error) {
    // Unreadable here means unpaired, not wrong: PostgreSQL checks the phrase itself, more slowly.
    if (error instanceof TsqueryParseError) return { text: tsquery, excludes: tsquery.includes("!"), phrases: false };
    throw error;
  }
}

/**
 * The query compiled for both languages, or null when it leaves nothing to
 * look for in either (only punctuation, say). Compiling apart, once, keeps
 * the rewriting out of the statements that test thousands of stories.
 */
export async function compileQuery(db: Db, query: SearchQueryText): Promise<CompiledQuery | null> {
  const [row] = await db.execute<PerConfig & { arabic_terms: number; english_terms: number }>(sql`
    select q.arabic::text as arabic, q.english::text as english, numnode(q.arabic) as arabic_terms, numnode(q.english) as english_terms
    from (select ${tsquery("arabic", query)} as arabic, ${tsquery("english", query)} as english) q`);
  const configs = CONFIGS.filter((config) => row && row[`${config}_terms`] > 0);
  if (!row || configs.length === 0) return null;
  const [arabic, english] = [forMatching(row.arabic), forMatching(row.english)];
  return {
    arabic: row.arabic,
    english: row.english,
    match: { arabic: arabic.text, english: english.text },
    excludes: arabic.excludes || english.excludes,
    phrases: arabic.phrases || english.phrases,
    configs,
  };
}

/** Whether the query has an excluded word or a phrase: the whole story's index then finds its candidates best. */
function narrowed(query: CompiledQuery): boolean {
  return query.excludes || query.phrases;
}

/*
 * A story is in the first tier whose text holds the whole query. Without an
 * excluded word or a phrase, a headline (or headline and summary) that
 * matches means the story matches: the whole story's vector need not be read.
 * With an excluded word, the whole story must lack it too.
 */
function inTierFor(tier: Tier | "any", query: CompiledQuery, config: Config): SQL {
  const all = sql`d.vector @@ ${query.match[config]}::tsquery`;
  /*
   * With an excluded word, or a phrase (whose pairs the whole story's vector
   * holds), the whole story's GIN index finds the tier's candidates best: the
   * excluded word is looked up once, the phrase exactly. The headline and the
   * summary are then only read on those (|| '' hides their own indexes from
   * PostgreSQL, which would otherwise gather thousands of headlines holding
   * a common word, to read each story's vector after).
   */
  const [leadVector, headlineVector] = narrowed(query)
    ? [sql`(d.lead_vector || '')`, sql`(d.headline_vector || '')`]
    : [sql`d.lead_vector`, sql`d.headline_vector`];
  const lead = sql`${leadVector} @@ ${query[config]}::tsquery`;
  const headline = sql`${headlineVector} @@ ${query[config]}::tsquery`;
  const whole = narrowed(query) ? sql` and ${all}` : sql``;
  switch (tier) {
    case "any":
      return all;
    case 1:
      return sql`${headline}${whole}`;
    case 2:
      return sql`${lead} and not ${headline}${whole}`;
    case 3:
      return sql`${all} and not ${lead}`;
  }
}

/** In the tier, in the document's own language. */
function inTier(tier: Tier | "any", query: CompiledQuery): SQL {
  return sql`(${sql.join(
    query.configs.map((config) => sql`(${IS_CONFIG[config]} and ${inTierFor(tier, query, config)})`),
    sql` or `,
  )})`;
}

/** The conditions on the story itself: these need its row. */
function storyFilters(filters: SearchFilters): SQL[] {
  return [
    filters.status ? sql`a.status = ${filters.status}` : undefined,
    filters.sectionId ? sql`a.section_id = ${filters.sectionId}::uuid` : undefined,
    filters.language ? sql`a.language = ${filters.language}` : undefined,
    filters.authorId ? sql`exists (select 1 from article_authors w where w.article_id = a.id and w.user_id = ${filters.authorId}::uuid)` : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
}

type Bound = { key: string; id: string };

/** The scope's documents from `after` on, within the day range: where a search looks, in its order. */
function inRange(scope: SearchScope, filters: SearchFilters, after: Position<"uuid"> | undefined, edge?: Bound | "everywhere"): SQL {
  /*
   * Gathering everywhere, the time index has nothing to narrow: PostgreSQL
   * would still read it whole (every public story) to combine it with the GIN
   * index's matches, unless the time is an expression it has no index on.
   */
  const time = edge === "everywhere" ? sql`(${TIME[scope]} + interval '0 s')` : TIME[scope];
  return sql.join(
    [
      sql`${time} is not null`,
      filters.from ? sql`${time} >= ${filters.from.toISOString()}::timestamptz` : undefined,
      filters.until ? sql`${time} < ${filters.until.toISOString()}::timestamptz` : undefined,
      after ? sql`(${time}, d.article_id) < (${after.key}::timestamptz, ${after.id}::uuid)` : undefined,
      edge && edge !== "everywhere" ? sql`(${time}, d.article_id) >= (${edge.key}::timestamptz, ${edge.id}::uuid)` : undefined,
    ].filter((condition): condition is SQL => condition !== undefined),
    sql` and `,
  );
}

type TierSearch = {
  scope: SearchScope;
  query: CompiledQuery;
  tier: Tier | "any";
  filters: SearchFilters;
  after?: Position<"uuid">;
  limit: number;
  /** How many documents the first step reads one by one (WALK unless a test makes every step run on a few stories). */
  walk?: number;
};

/** How many of the newest documents are read one by one before the GIN index is asked. */
const WALK = 300;

export type TierRow = { id: string; key: string; tier: Tier | "any" };

/**
 * One tier's matches (or all of them, newest first), from `after` on, at
 * most `limit`; `through`, the last tier the rows answer for. The GIN index
 * gives matches in no order, and PostgreSQL guesses badly how many a word or
 * a phrase has; so rather than let it choose between reading the newest
 * stories one by one and gathering every match to sort them, the search does
 * both in steps, each bounded: the newest few hundred documents, tested one
 * by one (a common word fills the page here); then the GIN index over a
 * window of the newest documents sized by what the first step found (a
 * middling word); then over all of them (a rare word, whose matches are
 * few). Each step answers exactly for its window, and the first that fills
 * the page (or a walk that read every document the search may look at) is
 * the answer. When the tier's walk finds nothing, and a walk for
 * any tier finds nothing either (few matches in all) or too little for a
 * query with a phrase or an excluded word (whose candidates every tier would
 * read again from the whole story's index), the matches of this tier and the
 * ones after it are gathered at once, in relevance order. Run in
 * `searchTransaction()`.
 */
async function searchTier(db: Db, options: TierSearch): Promise<{ rows: TierRow[]; through: Tier | "any" }> {
  const tagged = (rows: { id: string; key: string }[]) => ({ rows: rows.map((row) => ({ ...row, tier: options.tier })), through: options.tier });
  const walked = await walk(db, options);
  if (walked.length >= options.limit || (await walkedAll(db, options))) return tagged(walked);
  if (walked.length === 0 && options.tier !== "any" && options.tier < 3) {
    const seen = await walk(db, { ...options, tier: "any" });
    // Few matches in all, or each tier would read the same candidates from the whole story's index.
    if (seen.length === 0 || (narrowed(options.query) && seen.length < options.limit)) {
      return { rows: await gatherTiers(db, options, options.tier), through: 3 };
    }
  }
  // Expect the density the walk saw, with room to spare; none seen means few matches in all.
  const window = walked.length === 0 ? null : Math.ceil(((options.walk ?? WALK) * options.limit * 4) / walked.length);
  const edge = window ? await edgeOf(db, options, window) : null;
  if (edge) {
    const windowed = await gather(db, options, edge);
    if (windowed.length >= options.limit) return tagged(windowed);
  }
  return tagged(await gather(db, options, "everywhere"));
}

/**
 * A page of results: the tiers in order from `start` (a cursor's tier and
 * position in it), each searched until the page is full. `tiers` is
 * [1, 2, 3] for relevance, ["any"] for newest first.
 */
export async function searchPage(
  db: Db,
  options: Omit<TierSearch, "tier" | "after"> & { tiers: readonly (Tier | "any")[]; start: { tier: Tier | "any"; after?: Position<"uuid"> } },
): Promise<TierRow[]> {
  // A story's language is its configuration's: an English-only search never looks among Arabic stories.
  const language = options.filters.language;
  const configs = language ? options.query.configs.filter((config) => config === (language === "en" ? "english" : "arabic")) : options.query.configs;
  if (configs.length === 0) return [];
  const query = { ...options.query, configs };
  const rows: TierRow[] = [];
  let through: Tier | "any" | undefined;
  for (const tier of options.tiers.slice(options.tiers.indexOf(options.start.tier))) {
    if (tier !== "any" && typeof through === "number" && tier <= through) continue;
    const after = tier === options.start.tier ? options.start.after : undefined;
    const found = await searchTier(db, { ...options, query, tier, after, limit: options.limit - rows.length });
    rows.push(...found.rows);
    through = found.through;
    if (rows.length >= options.limit) break;
  }
  return rows;
}

function joinStory(filters: SearchFilters): { join: SQL; conditions: SQL[] } {
  const conditions = storyFilters(filters);
  return { join: conditions.length > 0 ? sql`join articles a on a.id = d.article_id` : sql``, conditions };
}

/*
 * The documents a walk reads, newest first: the scope's, or, when the search
 * is narrowed to some stories (a status, a section, a language, an author),
 * those stories' documents, read through the stories' own list indexes (the
 * desk's time is the story's `updated_at`; the readers' its publication
 * time), so that a filter few stories pass is not found by reading every
 * other story's document first.
 */
function walkSource(options: TierSearch, count: number, part: "documents" | "positions" = "documents"): SQL {
  const time = TIME[options.scope];
  const story = joinStory(options.filters);
  if (story.conditions.length === 0) {
    return sql`
      select d.revision_id, d.article_id, ${time} as at from search_documents d
      where ${inRange(options.scope, options.filters, options.after)}
      order by ${time} desc, d.article_id desc limit ${count}`;
  }
  const storyTime = options.scope === "desk" ? sql`a.updated_at` : sql`coalesce(a.first_published_at, a.publish_at)`;
  // Positions only (a window's edge): the stories' own index answers, without reading their documents.
  const documents = part === "documents";
  const visible = options.scope === "desk" ? sql`true` : documents ? sql`a.status = 'published' and d.public_at is not null` : sql`a.status = 'published'`;
  const author = options.filters.authorId ? sql`join article_authors w on w.article_id = a.id and w.user_id = ${options.filters.authorId}::uuid` : sql``;
  const { authorId: _author, ...withoutAuthor } = options.filters;
  return sql`
    select ${documents ? sql`d.revision_id, ` : sql``}a.id as article_id, ${storyTime} as at
    from articles a
    ${author}
    ${documents ? sql`join search_documents d on d.revision_id = ${REVISION[options.scope]}` : sql``}
    where ${sql.join(
      [
        visible,
        ...storyFilters(withoutAuthor),
        options.filters.from ? sql`${storyTime} >= ${options.filters.from.toISOString()}::timestamptz` : undefined,
        options.filters.until ? sql`${storyTime} < ${options.filters.until.toISOString()}::timestamptz` : undefined,
        options.after ? sql`(${storyTime}, a.id) < (${options.after.key}::timestamptz, ${options.after.id}::uuid)` : undefined,
      ].filter((condition): condition is SQL => condition !== undefined),
      sql` and `,
    )}
    order by ${storyTime} desc, a.id desc limit ${count}`;
}

async function walk(db: Db, options: TierSearch) {
  return db.execute<{ id: string; key: string }>(sql`
    select w.article_id as id, ${instantKey(sql`w.at`)} as key
    from (${walkSource(options, options.walk ?? WALK)}) w
    cross join lateral (
      -- Each walked document on its own (offset 0 keeps PostgreSQL from turning this into a
      -- join it may answer by gathering every match of a common word through the GIN index).
      select d.* from search_documents d where d.revision_id = w.revision_id offset 0
    ) d
    where ${inTier(options.tier, options.query)}
    order by w.at desc, w.article_id desc
    limit ${options.limit}`);
}

/** Whether the walk read every document the search may look at (a small newsroom, or a filter few stories pass). */
async function walkedAll(db: Db, options: TierSearch): Promise<boolean> {
  const count = options.walk ?? WALK;
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from (${walkSource(options, count)}) w`);
  return row!.n < count;
}

/** The position `count` documents into what the walk reads (the scope, or the filtered stories), or null when it holds fewer. */
async function edgeOf(db: Db, options: TierSearch, count: number): Promise<Bound | null> {
  const [row] = await db.execute<Bound>(sql`
    select ${instantKey(sql`w.at`)} as key, w.article_id as id from (${walkSource(options, count, "positions")}) w
    order by w.at desc, w.article_id desc offset ${count - 1} limit 1`);
  return row ?? null;
}

/*
 * Runs a statement that must gather its matches through the indexes' bitmaps
 * (the GIN index's, narrowed by the time index's window) and sort them: left
 * to itself, PostgreSQL may walk the time index in order instead, expecting
 * matches that are not there. Only for that statement: the walk and the
 * window's edge need the index scans it turns off.
 */
async function throughBitmaps<R>(db: Db, statement: () => Promise<R>): Promise<R> {
  await db.execute(sql`select set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)`);
  const rows = await statement();
  await db.execute(sql`select set_config('enable_indexscan', 'on', true), set_config('enable_seqscan', 'on', true)`);
  return rows;
}

async function gather(db: Db, options: TierSearch, edge: Bound | "everywhere") {
  const time = TIME[options.scope];
  const story = joinStory(options.filters);
  // One statement per language: within one, PostgreSQL can combine the indexes' bitmaps (a word
  // in the headline and an excluded word nowhere), which it does not across an OR of languages.
  const branches = options.query.configs.map(
    (config) => sql`(
      select d.article_id, ${time} as at
      from search_documents d
      ${story.join}
      where ${sql.join(
        [IS_CONFIG[config], inRange(options.scope, options.filters, options.after, edge), inTierFor(options.tier, options.query, config), ...story.conditions],
        sql` and `,
      )}
      order by ${time} desc, d.article_id desc
      limit ${options.limit})`,
  );
  return throughBitmaps(db, () =>
    db.execute<{ id: string; key: string }>(sql`
    select x.article_id as id, ${instantKey(sql`x.at`)} as key
    from (${sql.join(branches, sql` union all `)}) x
    order by x.at desc, x.article_id desc
    limit ${options.limit}`),
  );
}

/** Which tier a matching document is in (matching it is the caller's condition). */
function tierOf(query: CompiledQuery, config: Config): SQL {
  return sql`case when d.headline_vector @@ ${query[config]}::tsquery then 1 when d.lead_vector @@ ${query[config]}::tsquery then 2 else 3 end`;
}

/** Every match in tier `from` (from `after` on) and the tiers after it, in relevance order: for a query with few matches. */
async function gatherTiers(db: Db, options: TierSearch, from: Tier): Promise<TierRow[]> {
  const time = TIME[options.scope];
  const story = joinStory(options.filters);
  const branches = options.query.configs.map(
    (config) => sql`(
      select d.article_id, ${time} as at, ${tierOf(options.query, config)} as tier
      from search_documents d
      ${story.join}
      where ${sql.join([IS_CONFIG[config], inRange(options.scope, options.filters, undefined, "everywhere"), inTierFor("any", options.query, config), ...story.conditions], sql` and `)})`,
  );
  const after = options.after;
  return throughBitmaps(db, () =>
    db.execute<TierRow>(sql`
    select x.article_id as id, ${instantKey(sql`x.at`)} as key, x.tier
    from (${sql.join(branches, sql` union all `)}) x
    where x.tier > ${from} or (x.tier = ${from}${after ? sql` and (x.at, x.article_id) < (${after.key}::timestamptz, ${after.id}::uuid)` : sql``})
    order by x.tier, x.at desc, x.article_id desc
    limit ${options.limit}`),
  );
}

/**
 * Runs a search's statements in one read-only transaction: one snapshot for
 * all its tiers and steps; room for the bitmaps of common words (work_mem),
 * which would otherwise turn lossy and make PostgreSQL reread whole pages of
 * documents; and every statement planned for its own query, never from a
 * prepared statement's generic plan, which knows nothing of the words.
 */
export async function searchTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`select set_config('work_mem', '32MB', true), set_config('plan_cache_mode', 'force_custom_plan', true)`);
      return work(tx);
    },
    { accessMode: "read only" },
  );
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
  const normalise = rememberingSearchText();
  const texts = stories.map((story) => ({
    id: story.id,
    config: story.config,
    headline: searchableText(story.headline, normalise),
    dek: searchableText(story.dek ?? "", normalise),
    body: searchableText(documentToPlainText({ ...story.body, content: story.body.content.filter((block) => block.type !== "relatedStory") }), normalise),
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

/**
 * The stories on the desk (their working revisions, newest change first) that
 * the compiled query matches in their whole text: the candidates an imported
 * copy is compared with.
 */
export async function deskStoriesMatching(db: Db, query: CompiledQuery, limit: number): Promise<{ id: string; headline: string; body: RichTextDocument }[]> {
  const matches = query.configs.map((config) => sql`(${IS_CONFIG[config]} and d.vector @@ ${query.match[config]}::tsquery)`);
  const rows = await db.execute<{ id: string; headline: string; body: RichTextDocument }>(sql`
    select a.id, a.headline, r.body
    from search_documents d
    join articles a on a.id = d.article_id and a.working_revision_id = d.revision_id
    join revisions r on r.id = d.revision_id
    where d.desk_at is not null and a.status <> 'archived' and (${sql.join(matches, sql` or `)})
    order by d.desk_at desc
    limit ${limit}`);
  return [...rows];
}
