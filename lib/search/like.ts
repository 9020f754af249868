/**
 * The one LIKE/ILIKE escaper. PostgreSQL's LIKE treats `%` and `_` as
 * wildcards and backslash as the escape character (its default ESCAPE), so a
 * search for "50%" or "a_b" must escape them, and the backslash itself, or
 * the user's text would match far more than it says.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching values that contain `text` anywhere, literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
