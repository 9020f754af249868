/**
 * Structured data for search engines, as `jsonLdScript` (lib/site/structured-data.ts)
 * wrote it: JSON in which no character can end the script element. The one
 * place a string is set as an element's content unparsed, and never HTML.
 */
export function JsonLd({ json }: { json: string }) {
  // eslint-disable-next-line no-restricted-syntax -- JSON escaped for a script element, not stored HTML
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
