/**
 * Explicit bidi formatting: the embeddings and overrides LRE, RLE, LRO, RLO
 * closed by PDF, and the isolates LRI, RLI, FSI closed by PDI. The marks
 * LRM, RLM and ALM (U+200E, U+200F, U+061C) are not in this set: they open
 * nothing, and Arabic copy with Latin names and numbers needs them.
 */
const EMBEDDINGS = new Set(["\u202A", "\u202B", "\u202D", "\u202E"]);
const ISOLATES = new Set(["\u2066", "\u2067", "\u2068"]);
const PDF = "\u202C";
const PDI = "\u2069";
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Paragraph separators (bidi class B) end every embedding and isolate. U+2028
 * is only a line separator to the algorithm, but it is counted here too:
 * pairing within smaller pieces can only remove more, never leave an opener
 * unclosed in the real paragraph.
 */
const BREAKS = new Set(["\n", "\r", "\u001C", "\u001D", "\u001E", "\u0085", "\u2028", "\u2029"]);

/**
 * Positions (UTF-16 indices) of the bidi controls in `text` that are not
 * properly paired within their line, matched as the Unicode Bidirectional
 * Algorithm matches them: a PDF closes the innermost embedding or override
 * but never reaches past an isolate; a PDI closes the innermost open isolate
 * and with it every embedding opened inside it (which were never closed).
 */
export function unpairedBidiControls(text: string): number[] {
  if (!ANY_CONTROL.test(text)) return [];
  const unpaired: number[] = [];
  let open: { at: number; isolate: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (BREAKS.has(c)) {
      unpaired.push(...open.map((o) => o.at));
      open = [];
    } else if (EMBEDDINGS.has(c) || ISOLATES.has(c)) {
      open.push({ at: i, isolate: ISOLATES.has(c) });
    } else if (c === PDF) {
      if (open.length > 0 && !open[open.length - 1]!.isolate) open.pop();
      else unpaired.push(i);
    } else if (c === PDI) {
      const isolate = open.findLastIndex((o) => o.isolate);
      if (isolate < 0) {
        unpaired.push(i);
      } else {
        unpaired.push(...open.slice(isolate + 1).map((o) => o.at));
        open = open.slice(0, isolate);
      }
    }
  }
  unpaired.push(...open.map((o) => o.at));
  return unpaired.sort((a, b) => a - b);
}

/**
 * User text with its unpaired bidi controls removed, so that it cannot
 * reorder what is shown after it: a headline starting with an unclosed
 * RIGHT-TO-LEFT OVERRIDE (U+202E) would otherwise reverse the rest of a
 * page title or a list it is set in. Properly paired controls are kept:
 * their effect ends where the author closed them, inside the text itself, and
 * editors use them (isolates above all) to set Latin names and numbers in
 * Arabic copy. LRM, RLM, ALM, ZWJ and ZWNJ are never touched.
 */
export function neutraliseBidiControls(text: string): string {
  const drop = unpairedBidiControls(text);
  if (drop.length === 0) return text;
  let kept = "";
  let from = 0;
  for (const at of drop) {
    kept += text.slice(from, at);
    from = at + 1;
  }
  return kept + text.slice(from);
}

/**
 * Text a person typed, set inside a sentence in another direction (an
 * English query in an Arabic heading): wrapped in FIRST STRONG ISOLATE …
 * POP DIRECTIONAL ISOLATE, it keeps its own order and leaves the sentence's
 * punctuation where it was. `text` must hold no unpaired controls (typed
 * text is neutralised on the way in).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
