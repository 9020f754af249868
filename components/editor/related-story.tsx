"use client";

import { mergeAttributes, Node } from "@tiptap/core";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { RELATED_LABEL } from "@/lib/richtext/related";
import { StoryPicker } from "./story-picker";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    relatedStory: { insertRelatedStory: (attrs: { articleId: string | null; headline: string }) => ReturnType };
  }
}

function RelatedStoryView({ node, updateAttributes, deleteNode, editor, extension }: ReactNodeViewProps) {
  const t = useTranslations("editor.related");
  const [picking, setPicking] = useState(false);
  const { articleId, headline } = node.attrs as { articleId: string | null; headline: string };
  const language = (extension.options as { language: "ar" | "en" }).language;
  return (
    <NodeViewWrapper
      as="aside"
      dir="auto"
      data-related-story=""
      className={`my-3 rounded border-s-4 px-3 py-2 ${articleId ? "border-accent bg-stone-50" : "border-amber-500 bg-amber-50"}`}
    >
      <p className="font-sans font-semibold" contentEditable={false}>
        {RELATED_LABEL[language]}: <span className="font-serif">{headline}</span>
      </p>
      {!articleId && (
        <p className="text-sm text-amber-900" contentEditable={false}>
          {t("unresolved")}
        </p>
      )}
      {editor.isEditable && (
        <div className="mt-1 flex gap-3 text-sm" contentEditable={false}>
          <button type="button" className="underline" onClick={() => setPicking(true)}>
            {articleId ? t("change") : t("choose")}
          </button>
          <button type="button" className="underline" onClick={() => deleteNode()}>
            {t("remove")}
          </button>
        </div>
      )}
      {picking && (
        <div contentEditable={false} className="mt-2">
          <StoryPicker
            // The headline's own quotation marks are typography, not the search's phrase syntax.
            initialQuery={articleId ? "" : headline.replace(/[«»“”"]/g, "")}
            onClose={() => setPicking(false)}
            onPick={(story) => {
              updateAttributes({ articleId: story.id, headline: story.headline });
              setPicking(false);
            }}
          />
        </div>
      )}
    </NodeViewWrapper>
  );
}

/** «اقرأ المزيد» / "Read more": a block pointing at another story by id. */
export const RelatedStory = Node.create<{ language: "ar" | "en" }>({
  name: "relatedStory",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addOptions() {
    return { language: "ar" };
  },
  addAttributes() {
    return {
      articleId: {
        default: null,
        // Pasted markup could carry any value; only a story id is kept.
        parseHTML: (el) => {
          const id = el.getAttribute("data-article-id");
          return id && UUID.test(id) ? id : null;
        },
        renderHTML: (attrs) => (attrs.articleId ? { "data-article-id": attrs.articleId } : {}),
      },
      headline: {
        default: "",
        parseHTML: (el) => el.getAttribute("data-headline") ?? el.textContent?.trim() ?? "",
        renderHTML: (attrs) => ({ "data-headline": attrs.headline }),
      },
    };
  },
  parseHTML() {
    return [{ tag: "aside[data-related-story]" }];
  },
  renderHTML({ HTMLAttributes, node }) {
    return [
      "aside",
      mergeAttributes(HTMLAttributes, { "data-related-story": "", dir: "auto" }),
      `${RELATED_LABEL[this.options.language]}: ${node.attrs.headline}`,
    ];
  },
  addNodeView() {
    return ReactNodeViewRenderer(RelatedStoryView);
  },
  addCommands() {
    return {
      insertRelatedStory:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
