import Link from "next/link";
import { Fragment } from "react";
import { env } from "@/lib/env";
import { directionOf } from "@/lib/i18n/locale";
import { nameSeparator } from "@/lib/i18n/names";
import type { BodyPictures, PictureForReaders } from "@/lib/media/picture";
import type { RichTextDocument } from "@/lib/richtext/schema";
import { formatStoryTime } from "@/lib/time/format";
import { siteTranslations } from "@/server/public/site-i18n";
import { storyReadingMinutes } from "@/lib/site/reading-time";
import { JsonLd } from "./json-ld";
import { RichText, type ResolvedRelated } from "./rich-text";
import { ShareLinks } from "./share-links";
import { StoryPicture } from "./story-picture";

export type StoryForReaders = {
  language: "ar" | "en";
  sectionName: string;
  /** The section's page. */
  sectionHref: string;
  headline: string;
  dek: string | null;
  /** In byline order; `href` is the author's page (the published page links each name). */
  authors: { name: string; href?: string }[];
  publishedAt: Date | null;
  /** When the text shown was published, if after the first publication. */
  updatedAt?: Date | null;
  body: RichTextDocument;
  /** When the wire copy it came from was filed, shown as its dateline when not the publication time. */
  datelineAt?: Date | null;
  /** Published corrections, oldest first. */
  corrections?: { text: string; at: Date }[];
  /** The featured picture, shown under the headline. */
  picture?: PictureForReaders | null;
  /** The pictures the body places, by library id. */
  bodyPictures?: BodyPictures;
};

/** What only the published page carries: share links and the structured data for search engines. */
export type PublishedExtras = { url: string; jsonLd: string };

/** An update counts as one when it came more than a minute after the first publication. */
const UPDATE_MINIMUM_MS = 60_000;

/** Stands for the names in the translated "By {names}", so that each can be set in its own element. */
const NAMES = "\uE000";

/**
 * "By …" with every name isolated in a <bdi> (direction from its own letters):
 * a Latin name in an Arabic byline, or a stray control in a stored name, must
 * not reorder the separators and names around it.
 */
function Byline({ sentence, names, separator }: { sentence: string; names: { name: string; href?: string }[]; separator: string }) {
  const [before, after = ""] = sentence.split(NAMES);
  return (
    <span>
      {before}
      {names.map(({ name, href }, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          {href ? (
            <Link href={href} rel="author" className="font-semibold underline-offset-4 hover:underline">
              <bdi>{name}</bdi>
            </Link>
          ) : (
            <bdi>{name}</bdi>
          )}
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
export async function StoryArticle({ story, related, published }: { story: StoryForReaders; related: ResolvedRelated; published?: PublishedExtras }) {
  const t = await siteTranslations("site");
  const dir = directionOf(story.language);
  const zone = env().NEWSROOM_TIMEZONE;
  // The filing time matters to readers only when the story went out later.
  const dateline =
    story.datelineAt && story.publishedAt && Math.abs(story.publishedAt.getTime() - story.datelineAt.getTime()) > UPDATE_MINIMUM_MS ? story.datelineAt : null;
  const updated = story.updatedAt && story.publishedAt && story.updatedAt.getTime() - story.publishedAt.getTime() > UPDATE_MINIMUM_MS ? story.updatedAt : null;
  return (
    <article lang={story.language} dir={dir} className="mx-auto max-w-3xl">
      <header className="mb-8 border-b border-stone-200 pb-6">
        <p className="text-sm font-semibold text-accent">
          <Link href={story.sectionHref}>
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
          {story.publishedAt && <time dateTime={story.publishedAt.toISOString()}>{formatStoryTime(story.publishedAt, story.language, zone)}</time>}
          {updated && (
            <span data-testid="updated">
              {t("updated")} <time dateTime={updated.toISOString()}>{formatStoryTime(updated, story.language, zone)}</time>
            </span>
          )}
          <span data-testid="reading-time">{t("readingTime", { minutes: storyReadingMinutes(story.body, story.language) })}</span>
        </div>
      </header>
      {story.picture && <StoryPicture picture={story.picture} />}
      {dateline && (
        <p className="mb-4 text-sm font-bold text-stone-700" data-testid="dateline">
          {t("dateline")} <time dateTime={dateline.toISOString()}>{formatStoryTime(dateline, story.language, zone)}</time>
        </p>
      )}
      <div className="font-serif text-xl leading-loose">
        <RichText doc={story.body} language={story.language} related={related} pictures={story.bodyPictures} />
      </div>
      {story.corrections && story.corrections.length > 0 && (
        <section aria-labelledby="corrections-heading" className="mt-10 border-t-2 border-accent pt-4" data-testid="corrections">
          <h2 id="corrections-heading" className="font-bold text-accent">
            {t("correction")}
          </h2>
          <ol className="mt-2 space-y-3">
            {story.corrections.map((correction, i) => (
              <li key={i} className="text-stone-800">
                <time dateTime={correction.at.toISOString()} className="block text-sm text-stone-500">
                  {formatStoryTime(correction.at, story.language, zone)}
                </time>
                <bdi dir={dir}>{correction.text}</bdi>
              </li>
            ))}
          </ol>
        </section>
      )}
      {published && <ShareLinks url={published.url} headline={story.headline} />}
      {published && <JsonLd json={published.jsonLd} />}
    </article>
  );
}
