import { can } from "@/lib/authz/can";
import type { Actor } from "@/lib/authz/roles";
import { fail, failField, ok, type Failure, type Result } from "@/lib/errors";
import { keysetCursor, type CursorCodec, type Position } from "@/lib/pagination/cursor";
import { correctQuery, prepareQuery } from "@/lib/search/query";
import type { DeskSearchInput, PublicSearchInput } from "@/lib/validation/search";
import type { Db } from "../client";
import { findSectionBySlug } from "../queries/articles";
import { findStoryCards, type PublicStoryCard } from "../queries/public-stories";
import {
  compileQuery,
  likelyWords,
  searchPage,
  searchTransaction,
  snippetsFor,
  TIERS,
  type CompiledQuery,
  type SearchFilters,
  type SearchScope,
  type Snippet,
  type Tier,
} from "../queries/search";
import { findArticleSummaries, type ArticleSummary } from "./article-read";

type Sort = "relevance" | "newest";

/** One codec per scope, sort and tier: a cursor says which tier its page ended in, and cannot cross lists. */
function codecFor(scope: SearchScope, sort: Sort, tier: Tier | "any"): CursorCodec<"uuid"> {
  return keysetCursor({ kind: `search/${scope}/${sort}/${tier}`, key: "instant", id: "uuid" });
}

const TIER_ORDER = { relevance: TIERS, newest: ["any"] } as const satisfies Record<Sort, readonly (Tier | "any")[]>;

type Start = { tier: Tier | "any"; after?: Position<"uuid"> };

function decodeCursor(scope: SearchScope, sort: Sort, cursor: string | undefined): Result<Start> {
  const tiers = TIER_ORDER[sort];
  if (!cursor) return ok({ tier: tiers[0] });
  let refusal: Failure | undefined;
  for (const tier of tiers) {
    const decoded = codecFor(scope, sort, tier).decode(cursor);
    if (decoded.ok) return ok({ tier, after: decoded.data });
    if (decoded.fields?.cursor?.reason === "cursor_invalid" || !refusal) refusal = decoded;
  }
  return refusal!;
}

async function pageOf(db: Db, scope: SearchScope, query: CompiledQuery, sort: Sort, start: Start, filters: SearchFilters, limit: number) {
  const rows = await searchPage(db, { scope, query, tiers: TIER_ORDER[sort], start, filters, limit: limit + 1 });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? codecFor(scope, sort, last.tier).encode({ key: last.key, id: last.id }) : null;
  return { ids: items.map((row) => row.id), nextCursor };
}

type SearchResults<T> = {
  items: (T & { snippet: Snippet })[];
  nextCursor: string | null;
  /** The query the results are for, when a misspelt word was replaced (in searchText()'s spelling). */
  correctedQuery: string | null;
};

/**
 * The one search engine (lib/search, db/queries/search.ts): tiers by where
 * the query matched, newest first within each, keyset pages. When a first
 * page finds nothing, a misspelt word is replaced by the indexed word most
 * like it (pg_trgm) and the search made again. Each hit comes with its row as
 * the list or the site shows it (`rowsOf`), read beside its snippet.
 */
async function search<T extends { id: string }>(
  db: Db,
  scope: SearchScope,
  input: { q: string; sort: Sort; cursor?: string; prefix?: boolean },
  filters: SearchFilters,
  limit: number,
  rowsOf: (ids: string[]) => Promise<T[]>,
): Promise<Result<SearchResults<T>>> {
  const start = decodeCursor(scope, input.sort, input.cursor);
  if (!start.ok) return start;
  const prefix = input.prefix ?? false;
  const query = prepareQuery(input.q);
  const found = await searchTransaction(db, async (tx) => {
    const compiled = await compileQuery(tx, { text: query.text, prefix });
    if (!compiled) return null;
    const page = await pageOf(tx, scope, compiled, input.sort, start.data, filters, limit);
    if (page.ids.length > 0 || input.cursor) return { compiled, page, correctedQuery: null };
    const corrections = await likelyWords(tx, query.wanted);
    const corrected = corrections.size > 0 ? correctQuery(query, corrections) : null;
    const recompiled = corrected ? await compileQuery(tx, { text: corrected.text, prefix }) : null;
    if (corrected && recompiled) {
      const retried = await pageOf(tx, scope, recompiled, input.sort, start.data, filters, limit);
      if (retried.ids.length > 0) return { compiled: recompiled, page: retried, correctedQuery: corrected.text };
    }
    return { compiled, page, correctedQuery: null };
  });
  if (!found) return failField("invalid", "q", "search_no_words");
  const { compiled, page, correctedQuery } = found;
  const [snippets, rows] = await Promise.all([snippetsFor(db, scope, page.ids, compiled), rowsOf(page.ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ok({
    items: page.ids.flatMap((id) => {
      const [row, snippet] = [byId.get(id), snippets.get(id)];
      return row && snippet ? [{ ...row, snippet }] : [];
    }),
    nextCursor: page.nextCursor,
    correctedQuery,
  });
}

export type DeskSearchPage = SearchResults<ArticleSummary>;

/** The desk's search: every story's current text, with the list's filters. */
export async function searchDesk(db: Db, actor: Actor, input: DeskSearchInput): Promise<Result<DeskSearchPage>> {
  if (!can.work(actor)) return fail("forbidden", "account_inactive");
  const section = input.section ? await findSectionBySlug(db, input.section) : undefined;
  if (input.section && !section) return failField("invalid", "section", "section_slug_unknown");
  const filters: SearchFilters = {
    status: input.status,
    sectionId: section?.id,
    language: input.language,
    authorId: input.author === "me" ? actor.id : input.author,
    from: input.from,
    until: input.until,
  };
  return search(db, "desk", input, filters, input.limit, (ids) => findArticleSummaries(db, ids));
}

const PUBLIC_SEARCH_PAGE = 20;

export type PublicSearchPage = SearchResults<PublicStoryCard>;

/** The readers' search: what they can read, nothing else. */
export async function searchPublic(db: Db, input: PublicSearchInput): Promise<Result<PublicSearchPage>> {
  const section = input.section ? await findSectionBySlug(db, input.section) : undefined;
  if (input.section && (!section || section.hidden)) return failField("invalid", "section", "section_slug_unknown");
  const filters: SearchFilters = { sectionId: section?.id, language: input.language, from: input.from, until: input.until };
  return search(db, "public", input, filters, PUBLIC_SEARCH_PAGE, (ids) => findStoryCards(db, ids));
}
