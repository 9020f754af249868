import { createHash } from "node:crypto";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const INTEGRITY = /^(sha256|sha384|sha512)-[A-Za-z0-9+/]+={0,2}$/;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const key = name!.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, double ?? single ?? bare ?? "");
  }
  return attributes;
}

function digestsOf(integrity: string): string[] {
  return integrity
    .split(/\s+/)
    .map((token) => token.split("?")[0]!)
    .filter((digest) => INTEGRITY.test(digest));
}

/**
 * What a cached page's policy needs, from the HTML a render wrote: the CSP
 * hash sources that allow exactly the scripts it wrote, found by the
 * render's nonce. An inline script is allowed by the SHA-256 of its text
 * (line endings as the browser's parser leaves them), an external one by its
 * `integrity`, which CSP3 matches against the hash sources; an external
 * script the render wrote without one (Next.js leaves it off the chunks its
 * client components need) gets it from `integrityOf`, so the HTML comes back
 * with those attributes added. A script without the nonce — anything that
 * reached the page some other way — gets no hash and cannot run. The nonce
 * is known only to the server, so no stored text can claim it.
 */
export function hashScripts(
  html: string,
  nonce: string,
  integrityOf: (src: string) => string | undefined = () => undefined,
): { html: string; hashes: string[] } {
  const hashes = new Set<string>();
  const sealed = html.replace(SCRIPT, (tag, rawAttributes: string, text: string) => {
    const attributes = attributesOf(rawAttributes);
    if (attributes.get("nonce") !== nonce) return tag;
    const src = attributes.get("src");
    if (src === undefined) {
      const normalized = text.replace(/\r\n?/g, "\n");
      hashes.add(`'sha256-${createHash("sha256").update(normalized, "utf8").digest("base64")}'`);
      return tag;
    }
    const stated = digestsOf(attributes.get("integrity") ?? "");
    const digests = stated.length > 0 || attributes.has("integrity") ? stated : digestsOf(integrityOf(src) ?? "");
    for (const digest of digests) hashes.add(`'${digest}'`);
    if (stated.length > 0 || digests.length === 0) return tag;
    const open = `<script${rawAttributes}`;
    return `${open} integrity="${digests.join(" ")}"${tag.slice(open.length)}`;
  });
  return { html: sealed, hashes: [...hashes] };
}
