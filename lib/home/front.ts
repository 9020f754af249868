import { HOME_SLOT_COUNT, homeLineup, type HomePin } from "./lineup";

/** What the home page reads, each call cached on its own by the caller. */
export type FrontReads<C extends { id: string }, S extends { id: string }> = {
  pins: () => Promise<HomePin[]>;
  /** The newest published stories' ids. */
  latestIds: () => Promise<string[]>;
  /** The sections readers see, in order. */
  sections: () => Promise<S[]>;
  /** A section's newest stories' ids. */
  sectionIds: (sectionId: string, limit: number) => Promise<string[]>;
  /** Cards of the published stories among `ids`, in their order. */
  cards: (ids: string[]) => Promise<C[]>;
};

export type Front<C, S> = {
  /** The lead story, then the next top stories. */
  top: C[];
  /** One rail per section that has stories not already on top, in the sections' order. */
  rails: { section: S; stories: C[] }[];
  /** The newest stories not already on top. */
  latest: C[];
};

const RAIL_SIZE = 4;
const FRONT_LATEST_SIZE = 25;

/**
 * The home page: the lineup of editor-pinned and newest stories on top,
 * then each visible section's newest stories, then the latest list; a story
 * on top is not repeated below it.
 */
export async function assembleFront<C extends { id: string }, S extends { id: string }>(reads: FrontReads<C, S>): Promise<Front<C, S>> {
  const [pins, latestIds, sections] = await Promise.all([reads.pins(), reads.latestIds(), reads.sections()]);
  const lineup = homeLineup(pins, latestIds);
  const onTop = new Set(lineup);
  const notOnTop = (ids: string[], size: number) => ids.filter((id) => !onTop.has(id)).slice(0, size);
  const railIds = await Promise.all(sections.map(async (s) => notOnTop(await reads.sectionIds(s.id, RAIL_SIZE + HOME_SLOT_COUNT), RAIL_SIZE)));
  const [top, latest, ...railCards] = await Promise.all([
    reads.cards(lineup),
    reads.cards(notOnTop(latestIds, FRONT_LATEST_SIZE)),
    ...railIds.map((ids) => reads.cards(ids)),
  ]);
  const rails = sections.flatMap((section, i) => (railCards[i]!.length > 0 ? [{ section, stories: railCards[i]! }] : []));
  return { top: top!, rails, latest: latest! };
}
