/**
 * Browsers ask for /favicon.ico whatever the page says; without this the
 * address would reach the section pages (/<section>) and be rendered as an
 * unknown section. The icon is app/icon.svg.
 */
export function GET(): Response {
  return new Response(null, { status: 301, headers: { Location: "/icon.svg", "Cache-Control": "public, max-age=86400" } });
}
