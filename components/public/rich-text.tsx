import type { ReactNode } from "react";
import type { BodyPictures } from "@/lib/media/picture";
import { RELATED_LABEL } from "@/lib/richtext/related";
import { isSafeHref, type Block, type InlineNode, type Mark, type RichTextDocument } from "@/lib/richtext/schema";
import { StoryPicture } from "./story-picture";

export type ResolvedRelated = Map<string, { headline: string; href: string }>;

type Props = { doc: RichTextDocument; language: "ar" | "en"; related: ResolvedRelated; pictures?: BodyPictures };

function applyMark(mark: Mark, child: ReactNode, key: number): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong key={key}>{child}</strong>;
    case "italic":
      return <em key={key}>{child}</em>;
    case "link":
      // Checked again here: rows written before a rule tightened must stay inert.
      if (!isSafeHref(mark.attrs.href)) return <span key={key}>{child}</span>;
      return (
        <a key={key} href={mark.attrs.href} rel="noopener noreferrer nofollow" className="text-accent underline">
          {child}
        </a>
      );
  }
}

function Inline({ nodes }: { nodes: InlineNode[] | undefined }) {
  return (nodes ?? []).map((node, i) =>
    node.type === "hardBreak" ? <br key={i} /> : (node.marks ?? []).reduce<ReactNode>((acc, m) => applyMark(m, acc, i), node.text),
  );
}

function BlockNode({ block, language, related, pictures }: { block: Block } & Omit<Props, "doc">): ReactNode {
  switch (block.type) {
    case "paragraph":
      return (
        <p dir="auto">
          <Inline nodes={block.content} />
        </p>
      );
    case "heading": {
      const Tag = block.attrs.level === 2 ? "h2" : "h3";
      return (
        <Tag dir="auto" className="font-bold">
          <Inline nodes={block.content} />
        </Tag>
      );
    }
    case "blockquote":
      return (
        <blockquote dir="auto" className="border-s-4 border-accent ps-4 italic">
          {block.content.map((p, i) => (
            <p key={i} dir="auto">
              <Inline nodes={p.content} />
            </p>
          ))}
        </blockquote>
      );
    case "bulletList":
    case "orderedList": {
      const List = block.type === "bulletList" ? "ul" : "ol";
      return (
        <List dir="auto" className={block.type === "bulletList" ? "list-disc ps-6" : "list-decimal ps-6"}>
          {block.content.map((item, i) => (
            <li key={i}>
              {item.content.map((child, j) => (
                <BlockNode key={j} block={child as Block} language={language} related={related} pictures={pictures} />
              ))}
            </li>
          ))}
        </List>
      );
    }
    case "relatedStory": {
      const target = block.attrs.articleId ? related.get(block.attrs.articleId) : undefined;
      return (
        <aside dir="auto" className="related-story rounded border-s-4 border-accent bg-accent-soft/40 px-4 py-2 font-sans text-base" data-related-story>
          <span className="font-semibold text-accent">{RELATED_LABEL[language]}: </span>
          {/* Isolated: the other story's headline, perhaps in the other language, follows the label inline. */}
          {target ? (
            <a href={target.href} className="underline">
              <bdi>{target.headline}</bdi>
            </a>
          ) : (
            <bdi>{block.attrs.headline}</bdi>
          )}
        </aside>
      );
    }
    case "image": {
      // One the library no longer has (a restored old version) is left out rather than shown broken.
      const picture = pictures?.get(block.attrs.mediaId);
      return picture ? <StoryPicture picture={picture} lazy /> : null;
    }
  }
}

/**
 * The page's renderer for stored bodies: it walks the validated document and
 * emits only the elements listed here, so stored content can never inject
 * markup of its own. Feeds, which take HTML text, use lib/richtext/html.ts:
 * a change here belongs there too.
 */
export function RichText({ doc, language, related, pictures }: Props) {
  return (
    <div className="story-body space-y-5">
      {doc.content.map((block, i) => (
        <BlockNode key={i} block={block} language={language} related={related} pictures={pictures} />
      ))}
    </div>
  );
}
