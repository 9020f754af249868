/**
 * Structured data for search engines, as `jsonLdScript` (lib/site/structured-data.ts)
 * wrote it: JSON in which no character can end the script element. React writes a
 * script's text as it is (only a `<script` inside would be escaped), so JSON stays JSON.
 */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json">{json}</script>;
}
