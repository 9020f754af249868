import { HomeFront } from "@/components/public/home-front";
import { assembleFront } from "@/lib/home/front";
import { homePins, latestStoryIds, sectionStoryPage, sectionsById, storyCards, visibleSections } from "@/server/public/cached-data";

// Rendered once and served from the cache until a change to what it shows invalidates it (server/public/).
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here

export default async function HomePage() {
  const front = await assembleFront({
    pins: homePins,
    latestIds: () => latestStoryIds(),
    sections: visibleSections,
    sectionIds: async (id, limit) => (await sectionStoryPage(id, null, limit)).ids,
    cards: storyCards,
  });
  const shown = [...front.top, ...front.latest, ...front.rails.flatMap((r) => r.stories)];
  return <HomeFront front={{ ...front, sections: await sectionsById(shown.map((s) => s.sectionId)) }} />;
}
