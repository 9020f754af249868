import Link from "next/link";
import { env } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locale";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { formatStoryTime } from "@/lib/time/format";
import { siteTranslations } from "@/server/public/site-i18n";
import { RichText, type ResolvedRelated } from "./rich-text";

export type StoryForReaders = {
  language: "ar" | "en";
  sectionName: string;
  headline: string;
  dek: string | null;
  authors: string[];
  publishedAt: Date | null;
  body: RichTextDocument;
};

/** The public article template: the published page and the desk's preview show the same thing. */
export async function StoryArticle({ story, related }: { story: StoryForReaders; related: ResolvedRelated }) {
  const t = await siteTranslations("site");
  return (
    <article lang={story.language} dir={directionOf(story.language)} className="mx-auto max-w-3xl">
      <header className="mb-8 border-b border-stone-200 pb-6">
        <p className="text-sm font-semibold text-accent">
          <Link href="/">{story.sectionName}</Link>
        </p>
        <h1 className="mt-2 font-serif text-4xl leading-tight font-bold">{story.headline}</h1>
        {story.dek && <p className="mt-3 text-lg text-stone-700">{story.dek}</p>}
        <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
          {story.authors.length > 0 && <span>{t("by", { names: story.authors.join(story.language === "ar" ? "، " : ", ") })}</span>}
          {story.publishedAt && (
            <time dateTime={story.publishedAt.toISOString()}>{formatStoryTime(story.publishedAt, story.language, env().NEWSROOM_TIMEZONE)}</time>
          )}
        </div>
      </header>
      <div className="font-serif text-xl leading-loose">
        <RichText doc={story.body} language={story.language} related={related} />
      </div>
    </article>
  );
}
