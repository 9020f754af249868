import { stripDiacritics, stripTatweel } from "./normalize";

const WORD = /[\p{L}\p{N}]/u;
const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: "ar" | "en"): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: "word" });
    segmenters.set(language, found);
  }
  return found;
}

/**
 * Words as a reader counts them: tashkeel and tatweel do not split or add
 * words, numbers count, punctuation does not. «و» and «ال» attached to a word
 * stay part of it, as Arabic writes them.
 */
export function countWords(text: string, language: "ar" | "en" = "ar"): number {
  const clean = stripTatweel(stripDiacritics(text.normalize("NFC")));
  let words = 0;
  for (const part of segmenter(language).segment(clean)) {
    if (part.isWordLike || WORD.test(part.segment)) words++;
  }
  return words;
}

// Typical reading speeds for news copy, in words per minute.
const WORDS_PER_MINUTE = { ar: 180, en: 230 } as const;

/** Whole minutes to read, at least one for any text. */
export function readingMinutes(words: number, language: "ar" | "en"): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE[language]));
}

/** A headline's length as it looks: marks and tatweel are not characters a reader sees. */
export function visibleLength(text: string): number {
  return [...stripTatweel(stripDiacritics(text.normalize("NFC"))).trim()].length;
}
