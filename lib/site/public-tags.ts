import { createHash } from "node:crypto";

/**
 * Cache tags for what readers see. Every piece of public data is read through
 * a cached call tagged with what it depends on (server/public/), and every
 * change readers can see names the tags it makes stale (`tagsFor`), so an
 * invalidation reaches exactly the pages that show the change.
 */

// Tags are limited to 256 characters and travel in a header: addresses
// (Arabic slugs can be long) are hashed.
function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

export const publicTags = {
  /** A story's public content: its live text, address, section, bylines and dates. */
  story: (id: string) => `story:${id}`,
  /** Which story, if any, an address leads to (now or before it moved). */
  address: (sectionSlug: string, slug: string) => `address:${digest(JSON.stringify([sectionSlug, slug]))}`,
  /** Every address under a section's path segment, which changes when the section moves. */
  sectionPath: (sectionSlug: string) => `section-path:${digest(sectionSlug)}`,
  /** A section's names, address and visibility. */
  section: (id: string) => `section:${id}`,
  /** A person's name as it appears in bylines. */
  person: (id: string) => `person:${id}`,
  /** The newest published stories, in order. */
  latest: "list:latest",
} as const;

export type StoryAddress = { sectionSlug: string; slug: string };

/** A change readers can see, as the service that made it describes it. */
export type PublicChange =
  | { type: "story.published"; storyId: string; address: StoryAddress }
  | { type: "story.updated"; storyId: string }
  | { type: "story.unpublished"; storyId: string; address: StoryAddress }
  | { type: "story.moved"; storyId: string; from: StoryAddress; to: StoryAddress }
  | { type: "section.changed"; sectionId: string; paths: string[] }
  | { type: "person.renamed"; personId: string };

/** The tags a change makes stale: nothing it does not touch. */
export function tagsFor(change: PublicChange): string[] {
  const t = publicTags;
  switch (change.type) {
    case "story.published":
    case "story.unpublished":
      return [t.story(change.storyId), t.address(change.address.sectionSlug, change.address.slug), t.latest];
    case "story.updated":
      return [t.story(change.storyId)];
    case "story.moved":
      return [t.story(change.storyId), t.address(change.from.sectionSlug, change.from.slug), t.address(change.to.sectionSlug, change.to.slug)];
    case "section.changed":
      return [t.section(change.sectionId), ...change.paths.map(t.sectionPath)];
    case "person.renamed":
      return [t.person(change.personId)];
  }
}
