import type { Extensions } from "@tiptap/core";
import Blockquote from "@tiptap/extension-blockquote";
import { ListItem } from "@tiptap/extension-list";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "@/lib/richtext/schema";
import { maySinkListItems } from "./list-depth";
import { MarkedBlocks } from "./marked-blocks";
import { PictureBlock } from "./picture-block";
import { RelatedStory } from "./related-story";

/**
 * The editor accepts exactly what lib/richtext/schema.ts stores: pasted
 * markup outside it (scripts, images from elsewhere, tables, inline styles)
 * has no node to land in and is dropped by the parser, and links other than http(s)/mailto
 * are refused.
 */
export function storyExtensions(language: "ar" | "en"): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      blockquote: false,
      listItem: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    Blockquote.extend({ content: "paragraph+" }),
    ListItem.extend({
      content: "paragraph (paragraph | bulletList | orderedList)*",
      addKeyboardShortcuts() {
        return {
          ...this.parent?.(),
          // Past the depth the server stores, Tab does what it does when an item cannot sink.
          Tab: () => maySinkListItems(this.editor.state) && this.editor.commands.sinkListItem(this.name),
        };
      },
    }),
    RelatedStory.configure({ language }),
    PictureBlock,
    MarkedBlocks,
  ];
}
