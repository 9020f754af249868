import type { RichTextDocument } from "../richtext/schema";

/** The library pictures placed in a body, each once, in reading order. */
export function bodyPictureIds(doc: RichTextDocument): string[] {
  return [...new Set(doc.content.flatMap((block) => (block.type === "image" ? [block.attrs.mediaId] : [])))];
}

/**
 * The pictures a version of a story shows, each once: what the library's
 * "where used" and its refusal to delete are computed from.
 */
export function picturesShown(revision: { featuredImageId?: string | null; body: RichTextDocument }): string[] {
  return [...new Set([...(revision.featuredImageId ? [revision.featuredImageId] : []), ...bodyPictureIds(revision.body)])];
}
