import { Extension, type Editor } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

type Meta = { mark: number[] } | { clear: true };

const key = new PluginKey<DecorationSet>("markedBlocks");

/**
 * Marks top-level blocks of the body for the writer's eye only: after "keep
 * both" in a conflict, the paragraphs that came from the other version. The
 * marks are decorations, never part of the saved body, and they follow their
 * blocks while the person edits around them.
 */
export const MarkedBlocks = Extension.create({
  name: "markedBlocks",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, marks) {
            const meta = tr.getMeta(key) as Meta | undefined;
            if (meta && "clear" in meta) return DecorationSet.empty;
            if (meta) {
              const wanted = new Set(meta.mark);
              const decorations: Decoration[] = [];
              tr.doc.forEach((node, offset, index) => {
                if (wanted.has(index)) {
                  decorations.push(
                    Decoration.node(offset, offset + node.nodeSize, {
                      class: "rounded-sm bg-amber-50 outline outline-2 outline-offset-2 outline-amber-300",
                      "data-theirs": "",
                    }),
                  );
                }
              });
              return DecorationSet.create(tr.doc, decorations);
            }
            return marks.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});

export function markBlocks(editor: Editor, indices: number[]): void {
  editor.view.dispatch(editor.state.tr.setMeta(key, { mark: indices } satisfies Meta));
}

export function clearMarkedBlocks(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(key, { clear: true } satisfies Meta));
}

export function markedBlockCount(state: EditorState): number {
  return key.getState(state)?.find().length ?? 0;
}
