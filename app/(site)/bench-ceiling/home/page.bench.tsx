import { LatestStories } from "@/components/public/latest-stories";
import { readBenchFixture } from "../fixture";

/** The benchmark's ceiling for the home page: the same list, prerendered at build from the bench's data. */
export const dynamic = "force-static";

export default function HomeCeilingPage() {
  const { home } = readBenchFixture();
  return <LatestStories stories={home.stories} sections={home.sections} />;
}
