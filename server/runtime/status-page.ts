import { directionOf, type Locale } from "@/lib/i18n/locale";

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:36rem;margin:6rem auto;padding:0 1.5rem;text-align:center;color:#1c1917}p{color:#57534e;line-height:1.7}";

/**
 * A page answered before Next.js renders anything (the proxy's refusals, the
 * database outage): plain HTML in the visitor's language, never cached.
 * `title` and `paragraphs` are our own messages, not user input.
 */
export function statusPage(options: {
  locale: Locale;
  status: number;
  title: string;
  paragraphs: string[];
  head?: string;
  headers?: Record<string, string>;
}): Response {
  const { locale, title } = options;
  const html = `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${options.head ?? ""}<meta name="robots" content="noindex"><title>${title}</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1>${options.paragraphs.map((p) => `<p>${p}</p>`).join("")}</main></body></html>`;
  return new Response(html, {
    status: options.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store", ...options.headers },
  });
}
