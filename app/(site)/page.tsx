import { LatestStories } from "@/components/public/latest-stories";
import { latestStoryIds, sectionsById, storyCards } from "@/server/public/cached-data";

// Rendered once and served from the cache until a publication changes it (server/public/).
export const revalidate = 3600; // PUBLIC_REVALIDATE_SECONDS; Next.js needs the number written here

export default async function HomePage() {
  const stories = await storyCards(await latestStoryIds());
  return <LatestStories stories={stories} sections={await sectionsById(stories.map((s) => s.sectionId))} />;
}
