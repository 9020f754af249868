/**
 * Whether `text` holds half of a UTF-16 surrogate pair on its own. A JSON
 * body can spell one (`"\ud800"`), but no UTF-8 text can: the database
 * would store a replacement character in a text column, and it refuses the
 * escape outright in a jsonb one (a story's body, the audit log's
 * before/after), so such text is refused before any write, like NUL.
 */
export function hasLoneSurrogate(text: string): boolean {
  return /\p{Surrogate}/u.test(text);
}
