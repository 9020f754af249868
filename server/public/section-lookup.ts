import "server-only";
import { sectionIdAt, sectionsById, type Section } from "./cached-data";

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A visible section at this address segment, or null; `moved` when the section now lives elsewhere. */
export async function findVisibleSection(param: string): Promise<{ section: Section; moved: boolean } | null> {
  const slug = decode(param);
  const id = slug === null ? null : await sectionIdAt(slug);
  const [section] = id ? await sectionsById([id]) : [];
  if (!section || section.hidden) return null;
  return { section, moved: section.slug !== slug };
}

export const sectionHref = (slug: string, cursor?: string) => `/${encodeURIComponent(slug)}${cursor ? `/older/${cursor}` : ""}`;
