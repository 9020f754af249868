import type { ResolvedRelated } from "@/components/public/rich-text";
import { storyPath } from "@/db/queries/public-stories";

/** Where related-story links read from: the public cache on the site, the database directly in the desk's preview. */
export type LinkReader = {
  cards: (ids: readonly string[]) => Promise<{ id: string; slug: string; sectionId: string; headline: string }[]>;
  sections: (ids: readonly string[]) => Promise<{ id: string; slug: string }[]>;
};

/** «اقرأ المزيد» links to the stories among `ids` that readers can open, with their current headlines. */
export async function resolveRelated(ids: readonly string[], read: LinkReader): Promise<ResolvedRelated> {
  const cards = await read.cards(ids);
  const sections = new Map((await read.sections(cards.map((c) => c.sectionId))).map((s) => [s.id, s]));
  return new Map(
    cards.flatMap((card) => {
      const section = sections.get(card.sectionId);
      return section ? [[card.id, { headline: card.headline, href: storyPath({ sectionSlug: section.slug, slug: card.slug }) }] as const] : [];
    }),
  );
}
