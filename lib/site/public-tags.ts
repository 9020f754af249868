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
  /** A person's name as it appears in bylines and on their author page. */
  person: (id: string) => `person:${id}`,
  /** Which person, if any, an author page's address belongs to. */
  authorPath: (slug: string) => `author-path:${digest(slug)}`,
  /** A person's published stories, in order (their author page and its older pages). */
  authorList: (id: string) => `list:author:${id}`,
  /** The newest published stories, in order. */
  latest: "list:latest",
  /** A section's published stories, in order (its page and the pages of older stories). */
  sectionList: (id: string) => `list:section:${id}`,
  /** The sitemaps: which stories are on the site, at which address, last changed when. */
  sitemaps: "list:sitemaps",
  /** The stories in the breaking-news bar, which every public page shows. */
  breaking: "list:breaking",
  /** The stories editors pinned to the home page's slots. */
  home: "list:home",
  /** Every published story's corrections, newest first (the corrections page). */
  corrections: "list:corrections",
  /** Which sections readers see, in their order (the site's navigation and the home page's rails). */
  sections: "list:sections",
} as const;

export type StoryAddress = { sectionId: string; sectionSlug: string; slug: string };

/** A story's authors, each with the address of their author page. */
export type StoryAuthor = { id: string; slug: string };

/** A change readers can see, as the service that made it describes it. */
export type PublicChange =
  | { type: "story.published"; storyId: string; address: StoryAddress; authors: StoryAuthor[] }
  | { type: "story.updated"; storyId: string }
  | { type: "story.unpublished"; storyId: string; address: StoryAddress; authors: StoryAuthor[] }
  | { type: "story.moved"; storyId: string; from: StoryAddress; to: StoryAddress }
  | { type: "section.changed"; sectionId: string; paths: string[] }
  | { type: "person.renamed"; personId: string }
  | { type: "breaking.changed" }
  | { type: "home.changed" }
  | { type: "sections.reordered" }
  | { type: "corrections.changed" };

/** The tags a change makes stale: nothing it does not touch. */
export function tagsFor(change: PublicChange): string[] {
  const t = publicTags;
  switch (change.type) {
    case "story.published":
    case "story.unpublished":
      return [
        t.story(change.storyId),
        t.address(change.address.sectionSlug, change.address.slug),
        t.latest,
        t.sectionList(change.address.sectionId),
        t.sitemaps,
        // Their author pages: the list, and the address that leads to no page until the first story.
        ...change.authors.flatMap((a) => [t.authorList(a.id), t.authorPath(a.slug)]),
      ];
    case "story.updated":
      return [t.story(change.storyId), t.sitemaps];
    case "story.moved":
      // A moved story leaves its old section's list (if it was listed there) and joins its new one's, under its new address.
      return [
        ...new Set([
          t.story(change.storyId),
          t.address(change.from.sectionSlug, change.from.slug),
          t.address(change.to.sectionSlug, change.to.slug),
          t.sectionList(change.from.sectionId),
          t.sectionList(change.to.sectionId),
          t.sitemaps,
        ]),
      ];
    case "section.changed":
      return [t.section(change.sectionId), t.sections, ...change.paths.map(t.sectionPath)];
    case "person.renamed":
      return [t.person(change.personId)];
    case "breaking.changed":
      return [t.breaking];
    case "home.changed":
      return [t.home];
    case "sections.reordered":
      return [t.sections];
    case "corrections.changed":
      return [t.corrections];
  }
}
