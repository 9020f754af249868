/** A member of staff as a note's mentions are read against. */
export type StaffName = { id: string; name: string; active: boolean };

export type MentionOutcome = { ok: true; ids: string[] } | { ok: false; reason: "mention_unknown" | "mention_inactive"; params: { name: string } };

/** Where an @ starts a mention: at the start of the note or after a space or an opening mark (not inside an e-mail address). */
const MENTION_START = /(?:^|[\s(«"'“])@/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const WORD = /^[\p{L}\p{M}\p{N}_.-]*/u;

/**
 * The people a note mentions as `@Full Name`, read against everyone on the
 * staff list, longest name first (so "@Sara Mansour" is not "@Sara"). A
 * mention of someone who is no longer active, or of a name nobody has, is
 * refused with that name, so the writer can fix it before anything is saved.
 */
export function findMentions(text: string, staff: readonly StaffName[]): MentionOutcome {
  const byLength = [...staff].sort((a, b) => b.name.length - a.name.length);
  const ids: string[] = [];
  for (const match of text.matchAll(MENTION_START)) {
    const rest = text.slice(match.index + match[0].length);
    const person = byLength.find(
      (p) => rest.slice(0, p.name.length).toLocaleLowerCase() === p.name.toLocaleLowerCase() && !WORD_CHAR.test(rest.charAt(p.name.length)),
    );
    if (person) {
      if (!person.active) return { ok: false, reason: "mention_inactive", params: { name: person.name } };
      if (!ids.includes(person.id)) ids.push(person.id);
      continue;
    }
    const word = WORD.exec(rest)?.[0] ?? "";
    if (word) return { ok: false, reason: "mention_unknown", params: { name: word } };
  }
  return { ok: true, ids };
}
