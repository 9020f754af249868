import { describe, expect, it } from "vitest";
import { element, emptyElement, textElement, xmlDocument } from "./xml";
import { attr, child, parseXml, text } from "./xml-testing";

function roundTrip(value: string): { text: string; attribute: string | undefined } {
  const doc = xmlDocument();
  const root = element(doc, "root");
  textElement(root, "t", value);
  emptyElement(root, "a", { v: value });
  const parsed = child(parseXml(doc.end()), "root");
  return { text: text(child(parsed, "t")), attribute: attr(child(parsed, "a"), "v") };
}

describe("XML text and attributes", () => {
  it("read back exactly: Arabic, bidi controls, emoji, quotes and markup-like text", () => {
    const value = `«كامبريدج أناليتيكا» \u2067Trump\u2069 \u200F 🗳️👩🏽‍💻 "q" 'a' <b>x</b> ]]>`;
    expect(roundTrip(value)).toEqual({ text: value, attribute: value });
  });

  it("escape every ampersand, also one that already looks like an entity reference", () => {
    const value = "AT&T; &amp; &lt;script&gt; &nbsp; &#39; & done";
    expect(roundTrip(value)).toEqual({ text: value, attribute: value });
  });

  it("drop the characters XML 1.0 cannot carry and keep the document well-formed", () => {
    expect(roundTrip("a\u0000b\u0007c\u001Fd\uFFFEe\uD800f")).toEqual({ text: "abcdef", attribute: "abcdef" });
    expect(roundTrip("tab\there\nline").text).toBe("tab\there\nline");
  });
});
