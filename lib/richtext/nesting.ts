/**
 * How deep a body may nest, checked before the schema looks at it.
 *
 * The schema, the renderers and the plain-text walkers all recurse once per
 * list level, and so does JSON.stringify; a hostile body of a thousand nested
 * lists (66 KB) overflows the stack in zod itself. This walk uses its own
 * stack, so it answers for any depth, and it stops at the first problem.
 */

/**
 * Lists inside lists, counting the outermost as 1. Word processors stop at 9
 * and stories rarely go past 3; 8 leaves room for outlines pasted from
 * elsewhere while keeping every recursive walker over the body shallow.
 */
export const MAX_LIST_DEPTH = 8;

/**
 * Objects and arrays the deepest allowed body needs: the doc and its content,
 * 4 per list level (list, its items, an item, the item's blocks), then a
 * paragraph, its inline content, a text node, its marks, a mark and its attrs.
 * The margin makes room for a schema that grows a little; anything deeper is
 * hostile, whatever its keys are called.
 */
const MAX_CONTAINER_DEPTH = 2 + 4 * MAX_LIST_DEPTH + 6 + 8;

const LIST_TYPES = new Set(["bulletList", "orderedList"]);

/** Where the body nests too deeply, and which limit it breaks, as a reason (i18n/refusals/fields.*.json). */
export type NestingProblem = { path: (string | number)[]; reason: "document_too_deep" | "list_too_deep"; params?: { max: number } };

type Frame = { value: unknown; key: string | number | null; parent: Frame | null; depth: number; outerLists: number };

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.key != null; f = f.parent) path.push(f.key);
  return path.reverse();
}

function isList(value: object): boolean {
  return !Array.isArray(value) && LIST_TYPES.has((value as { type?: unknown }).type as string);
}

/**
 * The first place, in document order, where `input` nests lists deeper than
 * MAX_LIST_DEPTH or objects deeper than any valid body could; null when it
 * does neither. Anything else about the input is the schema's business.
 */
export function findNestingProblem(input: unknown): NestingProblem | null {
  const stack: Frame[] = [{ value: input, key: null, parent: null, depth: 1, outerLists: 0 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value } = frame;
    if (typeof value !== "object" || value === null) continue;
    if (frame.depth > MAX_CONTAINER_DEPTH) return { path: pathOf(frame), reason: "document_too_deep" };
    const lists = frame.outerLists + (isList(value) ? 1 : 0);
    if (lists > MAX_LIST_DEPTH) {
      return { path: pathOf(frame), reason: "list_too_deep", params: { max: MAX_LIST_DEPTH } };
    }
    const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    // Pushed last to first, so the first problem found is the first in the document.
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i]!;
      if (typeof child === "object" && child !== null) stack.push({ value: child, key, parent: frame, depth: frame.depth + 1, outerLists: lists });
    }
  }
  return null;
}
