import type { RichTextDocument } from "../richtext/schema";
import { documentOwnText } from "../richtext/text";
import { searchText } from "./search-text";

/** Words shorter than this are not offered as what a misspelt query word meant: too many look alike. */
const VOCABULARY_MIN_LENGTH = 4;
/** A word longer than this is no word a reader would type; it stays out of the vocabulary. */
const VOCABULARY_MAX_LENGTH = 40;

export type SearchDocumentText = {
  headline: string;
  dek: string;
  body: string;
  /** Its distinct words of vocabulary length, sorted (so concurrent writers take the same locks in the same order). */
  words: string[];
};

/**
 * A revision's text as search indexes it: each part through searchText().
 * The body without its «اقرأ المزيد» blocks: those name other stories, and a
 * story must not be found by its neighbours' headlines.
 */
export function searchDocumentText(revision: { headline: string; dek: string | null; body: RichTextDocument }): SearchDocumentText {
  const ownText = documentOwnText(revision.body);
  const parts = { headline: searchText(revision.headline), dek: searchText(revision.dek ?? ""), body: searchText(ownText) };
  return { ...parts, words: vocabulary(`${parts.headline} ${parts.dek} ${parts.body}`) };
}

function vocabulary(text: string): string[] {
  const words = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (word.length >= VOCABULARY_MIN_LENGTH && word.length <= VOCABULARY_MAX_LENGTH && /\p{L}/u.test(word)) words.add(word);
  }
  return [...words].sort();
}
