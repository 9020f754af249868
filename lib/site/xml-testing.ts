import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Reading the XML this folder writes with an independent parser, so tests check elements,
 * attributes and namespaces as a feed reader or crawler sees them, never the text layout.
 */

type Parsed = Record<string, unknown>;

// Elements that may repeat always come back as arrays, even when there is one. <link> repeats in
// Atom only; RSS has one per channel and item.
const REPEATED = new Set(["item", "entry", "dc:creator", "author", "url", "sitemap", "category", "atom:link"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  isArray: (name, path) => REPEATED.has(name) || (name === "link" && String(path).startsWith("feed.")),
});

/** The document, after checking it is well-formed (a strict reader would refuse it otherwise). */
export function parseXml(xml: string): Parsed {
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) throw new Error(`Not well-formed XML: ${verdict.err.msg} (line ${verdict.err.line})`);
  return parser.parse(xml) as Parsed;
}

function asElement(node: unknown): Parsed {
  if (typeof node === "string") return { "#text": node };
  if (node && typeof node === "object" && !Array.isArray(node)) return node as Parsed;
  throw new Error(`Not a single element: ${JSON.stringify(node)?.slice(0, 200)}`);
}

/** The one child element reached by `path`; throws when it is missing. */
export function child(node: unknown, ...path: string[]): Parsed {
  let at = asElement(node);
  for (const name of path) {
    if (!(name in at)) throw new Error(`No <${name}> in ${Object.keys(at).join(", ")}`);
    at = asElement(at[name]);
  }
  return at;
}

/** Every child element called `name` (declared repeatable above), in document order. */
export function children(node: unknown, name: string): Parsed[] {
  const found = asElement(node)[name];
  if (found === undefined) return [];
  if (!Array.isArray(found)) throw new Error(`<${name}> is not parsed as repeatable`);
  return found.map(asElement);
}

export function has(node: unknown, name: string): boolean {
  return name in asElement(node);
}

export function text(node: unknown): string {
  const value = asElement(node)["#text"];
  return typeof value === "string" ? value : "";
}

export function attr(node: unknown, name: string): string | undefined {
  const value = asElement(node)[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}
