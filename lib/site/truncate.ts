import { neutraliseBidiControls } from "../arabic/bidi";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
// Punctuation that only joins what follows; ending on it reads as a stumble. Closing quotes and
// brackets stay: they end something.
const DANGLING = /[\s,،;؛:\-–—]+$/u;

/**
 * `text` in at most `max` characters (code points), cut at the last space that fits and ended with
 * "…" when it is longer. A single word longer than `max` is cut between letters, never inside one
 * (an Arabic letter and its marks stay together), and a bidi isolate or embedding the cut leaves
 * open is dropped so it cannot reorder what follows.
 */
export function truncateAtWord(text: string, max: number): string {
  const whole = text.trim();
  if ([...whole].length <= max) return whole;
  let kept = "";
  let length = 0;
  let lastSpace = -1;
  for (const { segment } of graphemes.segment(whole)) {
    const size = [...segment].length;
    // The ellipsis takes the last place.
    if (length + size > max - 1) {
      if (/^\s/u.test(segment)) lastSpace = kept.length;
      break;
    }
    if (/^\s/u.test(segment)) lastSpace = kept.length;
    kept += segment;
    length += size;
  }
  const cut = (lastSpace > 0 ? kept.slice(0, lastSpace) : kept).replace(DANGLING, "");
  return `${neutraliseBidiControls(cut)}…`;
}
