/**
 * The pictures a version of a story shows, each once: what the library's
 * "where used" and its refusal to delete are computed from.
 */
export function picturesShown(revision: { featuredImageId?: string | null }): string[] {
  return revision.featuredImageId ? [revision.featuredImageId] : [];
}
