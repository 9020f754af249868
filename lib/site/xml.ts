import { create } from "xmlbuilder2";

export type XmlNode = ReturnType<typeof create>;

// XML 1.0 cannot carry C0 controls other than tab, newline and carriage return, lone surrogates,
// U+FFFE or U+FFFF, not even as character references: one in a headline would make a whole
// feed or sitemap unreadable to a strict parser, so they are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` ready for xmlbuilder2, which escapes `<`, `>` and quotes but leaves an `&` alone when it
 * already looks like an entity reference (`&lt;`, `&nbsp;`, `&#39;`). That would let HTML's own
 * `&lt;script&gt;` reach a feed reader as a real `<script>`, and an `&nbsp;` make the document
 * ill-formed, so every `&` is escaped here and the builder leaves the result as it is.
 */
function xmlText(text: string): string {
  return text.replace(NOT_XML, "").replace(/&/g, "&amp;");
}

function xmlAttributes(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, xmlText(value)]));
}

/** A new UTF-8 XML document. */
export function xmlDocument(): XmlNode {
  return create({ version: "1.0", encoding: "UTF-8" });
}

/**
 * Appends `<name attributes…>text</name>` to `parent` and returns `parent`. Every text and attribute
 * value goes through here: what XML cannot carry is dropped, the rest reads back exactly as given
 * (Arabic, bidi controls and emoji included).
 */
export function textElement(parent: XmlNode, name: string, text: string, attributes: Record<string, string> = {}): XmlNode {
  return parent.ele(name, xmlAttributes(attributes)).txt(xmlText(text)).up();
}

/** Appends `<name attributes…/>` to `parent` and returns `parent`. */
export function emptyElement(parent: XmlNode, name: string, attributes: Record<string, string>): XmlNode {
  return parent.ele(name, xmlAttributes(attributes)).up();
}

/** Appends `<name attributes…>` to `parent` and returns it, for children to be added. */
export function element(parent: XmlNode, name: string, attributes: Record<string, string> = {}): XmlNode {
  return parent.ele(name, xmlAttributes(attributes));
}
