// Harakat, superscript alef, Quranic annotation marks.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
const ALEF_MAKSURA = /\u0649/g; // ى
const TAA_MARBUTA = /\u0629/g; // ة
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

/** A comparison key: no marks, folded letters, ASCII digits, single spaces, lower case. */
export function searchKey(text: string): string {
  return foldLetterVariants(stripTatweel(stripDiacritics(toAsciiDigits(text.normalize("NFC")))))
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}
