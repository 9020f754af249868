import Link from "next/link";
import { Fragment } from "react";
import { env } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locale";
import { nameSeparator } from "@/lib/i18n/names";
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

/** Stands for the names in the translated "By {names}", so that each can be set in its own element. */
const NAMES = "\uE000";

/**
 * "By …" with every name isolated in a <bdi> (direction from its own letters):
 * a Latin name in an Arabic byline, or a stray control in a stored name, must
 * not reorder the separators and names around it.
 */
function Byline({ sentence, names, separator }: { sentence: string; names: string[]; separator: string }) {
  const [before, after = ""] = sentence.split(NAMES);
  return (
    <span>
      {before}
      {names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
      {after}
    </span>
  );
}

/**
 * The public article template: the published page and the desk's preview show
 * the same thing. What people typed is set in <bdi>, isolated from the page
 * around it; headline, summary and section name take the story's direction
 * rather than dir=auto, which would set an Arabic headline that opens with a
 * Latin name left to right.
 */
export async function StoryArticle({ story, related }: { story: StoryForReaders; related: ResolvedRelated }) {
  const t = await siteTranslations("site");
  const dir = directionOf(story.language);
  return (
    <article lang={story.language} dir={dir} className="mx-auto max-w-3xl">
      <header className="mb-8 border-b border-stone-200 pb-6">
        <p className="text-sm font-semibold text-accent">
          <Link href="/">
            <bdi dir={dir}>{story.sectionName}</bdi>
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-4xl leading-tight font-bold">
          <bdi dir={dir}>{story.headline}</bdi>
        </h1>
        {story.dek && (
          <p className="mt-3 text-lg text-stone-700">
            <bdi dir={dir}>{story.dek}</bdi>
          </p>
        )}
        <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
          {story.authors.length > 0 && <Byline sentence={t("by", { names: NAMES })} names={story.authors} separator={nameSeparator(story.language)} />}
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
