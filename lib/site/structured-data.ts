import type { NewsArticleLeaf, WithContext } from "schema-dts";
import type { Locale } from "../i18n/locale";
import { requireAbsoluteUrl } from "./public-url";
import { truncateAtWord } from "./truncate";

/** Google shows no more of a NewsArticle headline than this. */
export const JSON_LD_HEADLINE_MAX = 110;

export type JsonLdStory = {
  /** The canonical address: the page's own identity for search engines. */
  url: string;
  headline: string;
  summary: string | null;
  language: Locale;
  section: string;
  /** `url` is the author's page, when there is one. */
  authors: { name: string; url?: string | null }[];
  publishedAt: Date;
  updatedAt: Date;
  corrections: { text: string; at: Date }[];
};

export type JsonLdPublisher = { name: string; url: string; logoUrl?: string | null };

/** schema.org NewsArticle for a published story, with its public corrections. */
export function newsArticleJsonLd(story: JsonLdStory, publisher: JsonLdPublisher): WithContext<NewsArticleLeaf> {
  const url = requireAbsoluteUrl(story.url);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: truncateAtWord(story.headline, JSON_LD_HEADLINE_MAX),
    ...(story.summary ? { description: story.summary } : {}),
    datePublished: story.publishedAt.toISOString(),
    dateModified: story.updatedAt.toISOString(),
    author: story.authors.map((a) => ({ "@type": "Person", name: a.name, ...(a.url ? { url: requireAbsoluteUrl(a.url) } : {}) })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: publisher.name,
      url: requireAbsoluteUrl(publisher.url),
      ...(publisher.logoUrl ? { logo: { "@type": "ImageObject", url: requireAbsoluteUrl(publisher.logoUrl) } } : {}),
    },
    inLanguage: story.language,
    articleSection: story.section,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    isAccessibleForFree: true,
    ...(story.corrections.length > 0
      ? {
          correction: [...story.corrections]
            .sort((a, b) => a.at.getTime() - b.at.getTime())
            .map((c) => ({ "@type": "CorrectionComment", text: c.text, datePublished: c.at.toISOString() })),
        }
      : {}),
  };
}

// Inside <script> the HTML parser ends the element at the first "</script", whatever JSON thinks
// of it, and "<!--" changes how it looks for that end. Escaped as \u003c etc. these characters
// mean the same to JSON and nothing to HTML; U+2028/2029 are escaped for old JavaScript parsers.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** The text to put inside `<script type="application/ld+json">`: user text in it can never end the script. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
