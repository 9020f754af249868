/**
 * The home page's top: the lead story and the next top stories, in slots an
 * editor fills from the desk («ثبّت في الصفحة الرئيسية»), each pin for a
 * while. A slot nobody chose takes the newest published story not already
 * shown above, so the home page is never empty and never stale.
 */
export const HOME_SLOT_COUNT = 5;

/** A pin lasts six hours unless the editor says otherwise; a week at most, so a forgotten pin cannot hold the lead for good. */
export const HOME_PIN_DEFAULT_MINUTES = 6 * 60;
export const HOME_PIN_MAX_MINUTES = 7 * 24 * 60;

/** The lengths the desk offers, the default among them. */
export const HOME_PIN_CHOICES_MINUTES = [60, 180, 360, 720, 1440, 2880, 10080] as const;

export type HomePin = { id: string; slot: number };

/**
 * The stories in the home page's slots, in slot order (the lead first): the
 * pinned story in each slot, and the newest unpinned stories in the rest.
 */
export function homeLineup(pins: readonly HomePin[], newest: readonly string[], slots = HOME_SLOT_COUNT): string[] {
  const pinned = new Map(pins.filter((p) => p.slot >= 1 && p.slot <= slots).map((p) => [p.slot, p.id]));
  const taken = new Set(pinned.values());
  const fillers = newest.filter((id) => !taken.has(id));
  const lineup: string[] = [];
  for (let slot = 1; slot <= slots; slot++) {
    const id = pinned.get(slot) ?? fillers.shift();
    if (id !== undefined) lineup.push(id);
  }
  return lineup;
}

/** When a pin made at `now` ends. */
export function homePinExpiry(minutes: number | undefined, now: Date): Date {
  return new Date(now.getTime() + (minutes ?? HOME_PIN_DEFAULT_MINUTES) * 60_000);
}

/** Whether a story's pin still holds at `now`. */
export function isPinned(story: { homeSlot: number | null; homeUntil: Date | null }, now: Date): boolean {
  return story.homeSlot !== null && (story.homeUntil === null || story.homeUntil.getTime() > now.getTime());
}
