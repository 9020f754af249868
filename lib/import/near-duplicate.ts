import { searchText } from "../search/search-text";

/** Word triples two texts must mostly share to be the same copy (one may have a paragraph or two more). */
const NEAR_SHARE = 0.85;
/** The shorter text must be at least this share of the longer: a two-paragraph brief is not the story it was cut from. */
const MIN_LENGTH_RATIO = 0.6;
/** Fewer triples than this says too little: two short notices may share most of theirs by chance. */
const MIN_TRIPLES = 12;
/** Word pairs asked of the search index to find the stories worth comparing. */
const PROBES = 8;

function words(text: string): string[] {
  return [...searchText(text).matchAll(/[\p{L}\p{N}]+/gu)].map(([word]) => word);
}

/**
 * A search query (websearch syntax) for stories holding any of a few of the
 * text's word pairs, taken across its length: a wire story sent again
 * shares them, however its headline was changed. Null when the text is too
 * short to tell.
 */
export function probeQuery(text: string): string | null {
  const all = words(text);
  // Pairs of words long enough not to be particles or stop words, which search leaves out.
  const pairs: string[] = [];
  for (let i = 0; i + 1 < all.length; i++) if (all[i]!.length >= 3 && all[i + 1]!.length >= 3) pairs.push(`${all[i]} ${all[i + 1]}`);
  if (all.length < MIN_TRIPLES || pairs.length === 0) return null;
  const step = Math.max(1, Math.floor(pairs.length / PROBES));
  const chosen = new Set<string>();
  for (let i = 0; i < pairs.length && chosen.size < PROBES; i += step) chosen.add(pairs[i]!);
  return [...chosen].map((pair) => `"${pair}"`).join(" or ");
}

function triples(text: string): Set<string> {
  const all = words(text);
  const set = new Set<string>();
  for (let i = 0; i + 2 < all.length; i++) set.add(`${all[i]} ${all[i + 1]} ${all[i + 2]}`);
  return set;
}

/**
 * Whether two story texts are the same copy: letter forms and marks aside,
 * most of the shorter one's word triples are in the longer one, and it is
 * not much shorter. An update that adds a paragraph, or a changed word here
 * and there, is still the same copy.
 */
export function nearlySameText(a: string, b: string): boolean {
  const [x, y] = [triples(a), triples(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < MIN_TRIPLES || small.size < large.size * MIN_LENGTH_RATIO) return false;
  let shared = 0;
  for (const triple of small) if (large.has(triple)) shared++;
  return shared / small.size >= NEAR_SHARE;
}
