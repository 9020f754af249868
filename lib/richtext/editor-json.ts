import type { RichTextDocument } from "./schema";

/**
 * The attributes each node or mark may carry in storage. The editor adds its
 * own (a link's target and rel, a list's type); they are presentation and are
 * dropped here, so the stored document only holds what the schema allows.
 */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  heading: ["level"],
  orderedList: ["start"],
  relatedStory: ["articleId", "headline"],
  image: ["mediaId"],
  link: ["href"],
};

type JsonNode = { type?: unknown; attrs?: unknown; marks?: unknown; content?: unknown; text?: unknown };

function keptAttributes(type: string, attrs: unknown): Record<string, unknown> | undefined {
  const allowed = KEPT_ATTRIBUTES[type];
  if (!allowed || typeof attrs !== "object" || attrs === null) return undefined;
  const kept = Object.fromEntries(Object.entries(attrs).filter(([name, value]) => allowed.includes(name) && value !== undefined));
  // A list that starts at 1 is the default; storing it would make two spellings of one document.
  if (type === "orderedList" && kept.start === 1) delete kept.start;
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function normalizeNode(node: JsonNode): JsonNode | null {
  if (typeof node !== "object" || node === null || typeof node.type !== "string") return node;
  if (node.type === "text" && node.text === "") return null;
  const out: JsonNode = { type: node.type };
  if (typeof node.text === "string") out.text = node.text;
  const attrs = keptAttributes(node.type, node.attrs);
  if (attrs) out.attrs = attrs;
  if (Array.isArray(node.marks) && node.marks.length > 0) {
    out.marks = node.marks.map((mark: JsonNode) => {
      if (typeof mark !== "object" || mark === null || typeof mark.type !== "string") return mark;
      const markAttrs = keptAttributes(mark.type, mark.attrs);
      return markAttrs ? { type: mark.type, attrs: markAttrs } : { type: mark.type };
    });
  }
  if (Array.isArray(node.content)) {
    const content = node.content.map(normalizeNode).filter((n): n is JsonNode => n !== null);
    if (content.length > 0) out.content = content;
  }
  return out;
}

/**
 * The editor's JSON in the stored shape. Anything the schema does not allow
 * (an unknown node, a javascript: link) is kept as it is, so that validation
 * refuses it instead of it being silently rewritten.
 */
export function toStoredDocument(editorJson: unknown): unknown {
  const doc = normalizeNode(editorJson as JsonNode);
  if (!doc || doc.type !== "doc") return doc;
  // The editor keeps an empty paragraph at the end so the caret can always get past a final block; it is not content.
  const content = Array.isArray(doc.content) ? [...(doc.content as JsonNode[])] : [];
  while (content.length > 1 && isEmptyParagraph(content.at(-1))) content.pop();
  return { ...doc, content: content.length > 0 ? content : [{ type: "paragraph" }] };
}

function isEmptyParagraph(node: JsonNode | undefined): boolean {
  return node?.type === "paragraph" && node.content === undefined && node.attrs === undefined;
}

/** Whether two documents say the same thing (attribute order aside). */
export function sameDocument(a: RichTextDocument, b: RichTextDocument): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
  );
}
