import { normalizeForSearch } from "../arabic/normalize";

/*
 * The definite article and what attaches before it: وال، فال، بال، كال، لل and
 * their combinations (وبال، فلل…). PostgreSQL's Arabic stemmer (snowball)
 * strips some of these and not others, and a word then stems one way bare and
 * another way with the article: «حمله» → حمل but «الحمله» → حمله,
 * «انتخابات» → انتخابا but «والانتخابات» → والانتخابا. Taken off first, every
 * form of a word reaches the stemmer the same. Only when three letters or more
 * remain, so that «الله», «التي», «الذي» stay whole.
 */
const ARTICLE_PREFIX = /(?<!\p{L})[وف]?(?:[بك]?ال|لل)(?=\p{Script=Arabic}{3})/gu;

/**
 * Bumped whenever searchText() changes what it makes of a text, or a search
 * document holds something new: stored documents are then rebuilt. 2: word
 * pairs and the headline-and-summary vector (migration 0020).
 */
export const SEARCH_TEXT_VERSION = 2;

/**
 * What search indexes and what it looks for: the one function applied
 * identically to a story's text and to a query. The search normalisation
 * (lib/arabic/normalize.ts), then the definite article and the particles
 * before it taken off each Arabic word.
 */
export function searchText(text: string): string {
  return normalizeForSearch(text).replace(ARTICLE_PREFIX, "");
}
