import { env } from "@/lib/env";
import { formatStoryTime } from "@/lib/time/format";

/** When a story in a list went out, in its own language and the newsroom's zone; nothing before it has. */
export function CardTime({ story }: { story: { publishedAt: string | null; language: "ar" | "en" } }) {
  if (!story.publishedAt) return null;
  return (
    <time dateTime={story.publishedAt} className="mt-2 block text-sm text-stone-500">
      {formatStoryTime(new Date(story.publishedAt), story.language, env().NEWSROOM_TIMEZONE)}
    </time>
  );
}
