import type { Block, InlineNode, RichTextDocument } from "./schema";

function inlineText(nodes: InlineNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === "text" ? n.text : "\n")).join("");
}

function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineText(block.content);
    case "blockquote":
      return block.content.map((p) => inlineText(p.content)).join("\n\n");
    case "bulletList":
    case "orderedList":
      return block.content
        .map((item) => item.content.map((c) => blockText(c as Block)).join("\n"))
        .join("\n");
    case "relatedStory":
      return block.attrs.headline;
  }
}

/** The document's text, blocks separated by blank lines (for excerpts and search). */
export function documentToPlainText(doc: RichTextDocument): string {
  return doc.content.map(blockText).filter(Boolean).join("\n\n");
}
