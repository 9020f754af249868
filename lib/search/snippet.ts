import { searchText } from "./search-text";

/**
 * PostgreSQL's ts_headline() marks matched words in the searchable text
 * (searchText(), which has lost the hamza, the tashkeel and the article), but
 * a reader must see their own words: these helpers map its marks back onto
 * the original text, word by word.
 */
export const MARK_START = "\u0002";
export const MARK_STOP = "\u0003";
const MARKS = /[\u0002\u0003]/g;
// Control characters never reach a story's text; these could only confuse the marks.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export type SnippetPart = { text: string; match: boolean };

export type SearchableText = {
  /** The original text's words (split on white space). */
  words: string[];
  /** The same words through searchText(), joined by single spaces: what ts_headline() is given. */
  searchable: string;
  /** Where each word starts in `searchable`. */
  offsets: number[];
};

/** searchText() remembering its answers: a page of snippets normalises the same common words thousands of times. */
export function rememberingSearchText(): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let normalised = known.get(word);
    if (normalised === undefined) known.set(word, (normalised = searchText(word)));
    return normalised;
  };
}

export function searchableText(original: string, normalise: (word: string) => string = searchText): SearchableText {
  const words = original.replace(CONTROLS, " ").split(/\s+/u).filter(Boolean);
  const offsets: number[] = [];
  let searchable = "";
  for (const word of words) {
    if (searchable) searchable += " ";
    offsets.push(searchable.length);
    // A word that normalises to nothing (a lone tatweel) keeps a place, so offsets stay one to one.
    searchable += normalise(word).replace(/\s+/gu, "\u00A0") || "_";
  }
  return { words, searchable, offsets };
}

/** The index of the word whose searchable form covers `offset`. */
function wordAt(text: SearchableText, offset: number): number {
  let low = 0;
  let high = text.offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (text.offsets[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The original words of each fragment ts_headline() returned for
 * `text.searchable` (fragments joined by `delimiter`), the matched ones
 * marked, neighbouring words joined into one part.
 */
export function snippetFromHeadline(text: SearchableText, headline: string, delimiter: string): SnippetPart[][] {
  const fragments: SnippetPart[][] = [];
  let from = 0;
  for (const fragment of headline.split(delimiter)) {
    const plain = fragment.replace(MARKS, "").trim();
    if (!plain) continue;
    const at = text.searchable.indexOf(plain, from) >= 0 ? text.searchable.indexOf(plain, from) : text.searchable.indexOf(plain);
    if (at < 0) continue;
    from = at + plain.length;
    const matched = new Set<number>();
    // Offsets of each marked word in the fragment, without the marks, give its place in `searchable`.
    const leading = fragment.length - fragment.trimStart().length;
    let plainOffset = 0;
    for (let i = leading; i < fragment.length; i++) {
      const char = fragment[i]!;
      if (char === MARK_START) matched.add(wordAt(text, at + plainOffset));
      else if (char !== MARK_STOP) plainOffset++;
    }
    const first = wordAt(text, at);
    const last = wordAt(text, at + plain.length - 1);
    fragments.push(joinParts(text.words.slice(first, last + 1).map((word, i) => ({ text: word, match: matched.has(first + i) }))));
  }
  return fragments;
}

function joinParts(words: SnippetPart[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const word of words) {
    const last = parts.at(-1);
    if (last && last.match === word.match) last.text += ` ${word.text}`;
    else parts.push({ text: word.text, match: word.match });
  }
  // The space between two parts goes with the unmarked one, so a mark covers the word alone.
  for (let i = 1; i < parts.length; i++) {
    if (parts[i]!.match) parts[i - 1]!.text += " ";
    else parts[i]!.text = ` ${parts[i]!.text}`;
  }
  return parts;
}
