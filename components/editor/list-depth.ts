import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { EditorState } from "@tiptap/pm/state";
import { MAX_LIST_DEPTH } from "@/lib/richtext/schema";

const LIST_NODES = new Set(["bulletList", "orderedList"]);

/** How many lists deep the deepest list inside `node` goes (0 when it holds none). */
function listLevelsWithin(node: ProseMirrorNode): number {
  let deepest = 0;
  node.forEach((child) => {
    deepest = Math.max(deepest, listLevelsWithin(child) + (LIST_NODES.has(child.type.name) ? 1 : 0));
  });
  return deepest;
}

/**
 * Whether Tab may sink the selected list items: sinking puts them, and the
 * lists inside them, one level deeper, and the server refuses a body whose
 * lists nest more than MAX_LIST_DEPTH deep. Pasted or typed-in lists can
 * still go deeper; the server's message covers those.
 */
export function maySinkListItems(state: EditorState): boolean {
  const { $from, $to } = state.selection;
  // The same range sinkListItem works on: the list items the selection spans.
  const range = $from.blockRange($to, (node) => node.childCount > 0 && node.firstChild?.type.name === "listItem");
  if (!range) return true;
  let outer = 0;
  for (let depth = range.depth; depth > 0; depth--) if (LIST_NODES.has($from.node(depth).type.name)) outer++;
  let inner = 0;
  for (let i = range.startIndex; i < range.endIndex; i++) inner = Math.max(inner, listLevelsWithin(range.parent.child(i)));
  return outer + 1 + inner <= MAX_LIST_DEPTH;
}
