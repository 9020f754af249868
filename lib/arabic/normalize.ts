// Harakat, superscript alef, Quranic annotation marks.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
const ALEF_MAKSURA = /\u0649/g; // ى
const TAA_MARBUTA = /\u0629/g; // ة
const WAW_HAMZA = /\u0624/g; // ؤ
const YEH_HAMZA = /\u0626/g; // ئ
// Zero-width joiners and non-joiners, bidi marks, embeddings, overrides and isolates: invisible, and they split words.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Removes tashkeel (short vowels and related marks). */
export function stripDiacritics(text: string): string {
  return text.replace(DIACRITICS, "");
}

/** Removes tatweel (kashida), the purely typographic stretch. */
export function stripTatweel(text: string): string {
  return text.replace(TATWEEL, "");
}

/** Converts Arabic-Indic and Persian digits to ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - (d >= "\u06F0" ? 0x06f0 : 0x0660)));
}

/**
 * Folds letter variants that writers use interchangeably (alef with hamza or
 * madda, alef maksura, taa marbuta). For keys only, never for displayed text.
 */
export function foldLetterVariants(text: string): string {
  return text.replace(ALEF_FORMS, "\u0627").replace(ALEF_MAKSURA, "\u064A").replace(TAA_MARBUTA, "\u0647");
}

/**
 * The one normalisation search applies to stories and to queries alike, so
 * that spellings a reader calls the same meet: compatibility forms unfolded
 * (NFKC: presentation-form letters and ligatures, full-width Latin, no-break
 * spaces), invisible controls removed, no tashkeel or tatweel, every alef
 * form to ا, ى to ي, ة to ه, the hamza on ؤ and ئ dropped (و, ي), Arabic-Indic
 * and Persian digits to ASCII, lower case.
 */
export function normalizeForSearch(text: string): string {
  const unfolded = stripTatweel(stripDiacritics(text.normalize("NFKC").replace(INVISIBLE, "")));
  return toAsciiDigits(foldLetterVariants(unfolded).replace(WAW_HAMZA, "\u0648").replace(YEH_HAMZA, "\u064A")).toLowerCase();
}

/** A comparison key: the search normalisation, on single spaces. */
export function searchKey(text: string): string {
  return normalizeForSearch(text).replace(/\s+/gu, " ").trim();
}
