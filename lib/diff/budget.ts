/**
 * How much work one comparison of two story versions may do before the rest
 * is shown coarsely (a changed stretch as removed, then added, with no word
 * marks inside). The diff runs on the request thread, so this is what keeps
 * one history page from stalling the server (see `npm run bench:diff` for
 * what the limits cost in time).
 *
 * Counted, not timed, so a diff comes out the same on a busy machine and in
 * the tests.
 */
export class DiffBudget {
  /** Steps of the edit-graph search charged so far: at least what jsdiff did (lib/diff/edit-script.ts). */
  steps = 0;
  /**
   * Work splitting text into words (lib/diff/tokens.ts), in characters: each
   * character looked at, and those handed to the segmenter again with a
   * fixed cost per call.
   */
  characters = 0;
  /** Whether some stretch was shown coarsely, or paragraphs were not aligned, for want of budget. */
  coarse = false;

  constructor(
    readonly maxSteps = 750_000,
    readonly maxCharacters = 60_000,
  ) {}

  get stepsLeft(): number {
    return Math.max(0, this.maxSteps - this.steps);
  }

  /** Takes `cost` characters' worth of splitting if it fits; nothing if not. */
  spendCharacters(cost: number): boolean {
    if (this.characters + cost > this.maxCharacters) return false;
    this.characters += cost;
    return true;
  }
}
