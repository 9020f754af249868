import { unpairedBidiControls } from "../arabic/bidi";

/*
 * The body's side of neutraliseBidiControls. Controls are paired per text
 * block (a paragraph or heading), not per text node: the editor splits text
 * at every bold or link, so an isolate around a bold Latin name opens in one
 * node and closes in the next. A hard break ends a line, as a newline does.
 *
 * Typed structurally rather than with RichTextDocument, because schema.ts
 * calls this from inside the schema that type is inferred from.
 */

type Inline = { type: string; text?: string };
type Node = { type: string; content?: unknown[] };

function isTextBlock(node: Node): boolean {
  return node.type === "paragraph" || node.type === "heading";
}

/** The inline nodes of one text block without their unpaired controls; emptied text nodes are dropped. */
function neutraliseInline<T extends Inline>(nodes: T[]): T[] {
  const line = nodes.map((n) => (n.type === "text" ? (n.text ?? "") : "\n")).join("");
  const drop = new Set(unpairedBidiControls(line));
  if (drop.size === 0) return nodes;
  let offset = 0;
  return nodes.flatMap((node) => {
    const start = offset;
    if (node.type !== "text") {
      offset += 1;
      return [node];
    }
    const text = node.text ?? "";
    offset += text.length;
    let kept = "";
    for (let i = 0; i < text.length; i++) if (!drop.has(start + i)) kept += text[i];
    return kept ? [{ ...node, text: kept }] : [];
  });
}

function neutraliseNode<T extends Node>(node: T): T {
  if (!node.content) return node;
  const content = isTextBlock(node) ? neutraliseInline(node.content as Inline[]) : (node.content as Node[]).map(neutraliseNode);
  return content.every((c, i) => c === node.content![i]) && content.length === node.content.length ? node : { ...node, content };
}

/**
 * The document with the unpaired bidi controls of each paragraph and heading
 * removed (a related story's headline is a single string, cleaned by its own
 * schema); unchanged parts, usually all of it, are the same objects.
 */
export function neutraliseDocumentBidi<D extends { content: Node[] }>(doc: D): D {
  const content = doc.content.map(neutraliseNode);
  return content.every((block, i) => block === doc.content[i]) ? doc : { ...doc, content };
}
