import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import { StoryArticle } from "@/components/public/story-article";
import { REFERENCE_STORY, SECTIONS } from "@/db/seed/demo-data";
import { slugify } from "@/lib/arabic/slug";
import { parseWireText, wireBodyDocument } from "@/lib/import/wire-text";

/**
 * The benchmark's ceiling (npm run bench:site): the reference story in the
 * public template, prerendered at build under the same kind of address as
 * the real one (a section-like segment and the story's Arabic slug), with no
 * database. Only NEWSROOM_BENCH=1 builds have it (next.config.ts).
 */
export const dynamicParams = false;

async function referenceStory() {
  const text = await readFile(path.join(process.cwd(), "db/seed", REFERENCE_STORY.file), "utf8");
  const parsed = parseWireText(
    text,
    SECTIONS.map((s) => ({ slug: s.slug, names: [s.nameAr, s.nameEn] })),
  );
  if (!parsed.ok) throw new Error(parsed.refusal.reason);
  return parsed.story;
}

export async function generateStaticParams() {
  return [{ slug: slugify((await referenceStory()).headline) }];
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await referenceStory()).headline };
}

export default async function CeilingPage() {
  const story = await referenceStory();
  const world = SECTIONS.find((s) => s.slug === REFERENCE_STORY.sectionSlug)!;
  return (
    <StoryArticle
      story={{
        language: "ar",
        sectionName: world.nameAr,
        headline: story.headline,
        dek: null,
        authors: ["سارة منصور"],
        publishedAt: new Date("2018-06-16T23:58:00Z"),
        body: wireBodyDocument(story),
      }}
      related={new Map()}
    />
  );
}
