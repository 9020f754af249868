import Link from "next/link";

/** The stories that show a picture, each linking to its desk page. */
export function UsedByList({ stories, className = "" }: { stories: { id: string; headline: string }[]; className?: string }) {
  if (stories.length === 0) return null;
  return (
    <ul className={`list-inside list-disc ${className}`} data-testid="media-used-by">
      {stories.map((story) => (
        <li key={story.id}>
          <Link href={`/dashboard/articles/${story.id}`} className="underline">
            <bdi>{story.headline}</bdi>
          </Link>
        </li>
      ))}
    </ul>
  );
}
