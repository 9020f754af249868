import { paragraph, relatedStory } from "./build";
import { RELATED_LABEL, parseRelatedLine } from "./related";
import type { Block, RichTextDocument } from "./schema";

/**
 * The body as plain text for a simple text box: paragraphs separated by blank
 * lines, related stories as «اقرأ المزيد: …» / "Read more: …" lines.
 */
export function documentToText(doc: RichTextDocument, language: "ar" | "en"): string {
  return doc.content
    .map((block) => (block.type === "relatedStory" ? `${RELATED_LABEL[language]}: ${block.attrs.headline}` : blockText(block)))
    .filter(Boolean)
    .join("\n\n");
}

/** The document's words, blocks separated by blank lines (for excerpts and search). */
export function documentToPlainText(doc: RichTextDocument): string {
  return doc.content.map(blockText).filter(Boolean).join("\n\n");
}

/** The story's own words: the body without its related-story blocks, which name other stories. */
export function documentOwnText(doc: RichTextDocument): string {
  return documentToPlainText({ ...doc, content: doc.content.filter((block) => block.type !== "relatedStory") });
}

function inlineText(nodes: { type: string; text?: string }[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === "text" ? n.text : "\n")).join("");
}

/** Every word of a block, lists and quotes included (a body with them is shown, not edited, as text). */
function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content);
    case "blockquote":
      return block.content.map((p) => inlineText(p.content)).join("\n");
    case "bulletList":
    case "orderedList":
      return block.content.map((item) => `• ${item.content.map((c) => blockText(c as Block)).join(" ")}`).join("\n");
    case "relatedStory":
      return block.attrs.headline;
    // A picture's words are the library's, not the story's: they are not counted or searched as its text.
    case "image":
      return "";
  }
}

/** The first paragraph with words in it: what describes a story that has no summary. */
export function openingParagraph(doc: RichTextDocument): string | null {
  for (const block of doc.content) {
    if (block.type !== "paragraph") continue;
    const text = inlineText(block.content).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return null;
}

/** Whether documentToText keeps everything (no formatting, lists, quotes or headings to lose). */
export function isPlainDocument(doc: RichTextDocument): boolean {
  return doc.content.every(
    (block: Block) =>
      block.type === "relatedStory" || (block.type === "paragraph" && (block.content ?? []).every((n) => n.type === "text" && !n.marks?.length)),
  );
}

/**
 * Plain text back to a document. Related-story lines become references; one
 * that names a story the previous version already linked keeps that link.
 */
export function documentFromText(text: string, previous?: RichTextDocument): RichTextDocument {
  const known = new Map<string, string>();
  for (const block of previous?.content ?? []) {
    if (block.type === "relatedStory" && block.attrs.articleId) known.set(block.attrs.headline, block.attrs.articleId);
  }
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[^\S\n]*\n/)
    .map((chunk) => chunk.replace(/[^\S\n]*\n[^\S\n]*/g, " ").trim())
    .filter(Boolean)
    .map((chunk) => {
      const related = parseRelatedLine(chunk);
      return related ? relatedStory(related, known.get(related) ?? null) : paragraph(chunk);
    });
  return { type: "doc", content: blocks };
}
