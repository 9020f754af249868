import { searchText } from "./search-text";

/** What readers and the desk may type: a query longer than this is refused. */
export const QUERY_MAX = 200;
/** Only words at least this long are looked up as possible misspellings (the vocabulary's shortest). */
const CORRECTABLE_MIN = 4;

// Arabic writers quote with guillemets, and phones type curly quotes: all mean a phrase.
const QUOTES = /[«»“”„‟″〝〞＂]/g;

export type PreparedQuery = {
  /** For websearch_to_tsquery(): words, "phrases", -excluded words, or. */
  text: string;
  /** The words a reader wants found (not excluded, not `or`), for a misspelling's correction. */
  wanted: string[];
};

/**
 * Punctuation at a word's edges ("«فيسبوك».." or "تهز،"): PostgreSQL's parser
 * would keep a run of it as a word of its own, which no story contains. A
 * leading "-" (exclusion) and quotes (a phrase) stay; so does punctuation
 * inside a word ("2.9").
 */
const LEADING = /(^|\s)(-?)[^\p{L}\p{M}\p{N}"\s-]+/gu;
const TRAILING = /[^\p{L}\p{M}\p{N}"\s]+(?=\s|$)/gu;

/** A query as search looks for it: through searchText(), like the stories it looks in. */
export function prepareQuery(raw: string): PreparedQuery {
  const text = searchText(raw.replace(QUOTES, '"')).replace(TRAILING, "").replace(LEADING, "$1$2").replace(/\s+/gu, " ").trim();
  const wanted = new Set<string>();
  for (const token of text.replace(/"/g, " ").split(" ")) {
    if (token.startsWith("-") || token === "or") continue;
    for (const [word] of token.matchAll(/[\p{L}\p{N}]+/gu)) if (word.length >= CORRECTABLE_MIN && /\p{L}/u.test(word)) wanted.add(word);
  }
  return { text, wanted: [...wanted] };
}

/** The query with each misspelt word replaced by the word it most likely meant. */
export function correctQuery(query: PreparedQuery, corrections: ReadonlyMap<string, string>): PreparedQuery {
  if (corrections.size === 0) return query;
  const text = query.text.replace(/[\p{L}\p{N}]+/gu, (word) => corrections.get(word) ?? word);
  return { text, wanted: query.wanted.map((word) => corrections.get(word) ?? word) };
}
