import type { BodyPictures } from "../media/picture";
import { RELATED_LABEL } from "./related";
import { isSafeHref, type Block, type InlineNode, type RichTextDocument } from "./schema";

/** Resolved «اقرأ المزيد» targets by story id: their current headline and absolute address. */
export type RelatedLinks = ReadonlyMap<string, { headline: string; href: string }>;

/** What introduces a picture's credit (the site says the same through its messages, site.photoBy). */
const PHOTO_LABEL = { ar: "الصورة:", en: "Photo:" } as const;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function inline(nodes: InlineNode[] | undefined): string {
  return (nodes ?? [])
    .map((node) => {
      if (node.type === "hardBreak") return "<br>";
      return (node.marks ?? []).reduce((html, mark) => {
        if (mark.type === "bold") return `<strong>${html}</strong>`;
        if (mark.type === "italic") return `<em>${html}</em>`;
        // Checked again here: rows written before a rule tightened must stay inert.
        return isSafeHref(mark.attrs.href) ? `<a href="${escapeHtml(mark.attrs.href)}" rel="nofollow">${html}</a>` : html;
      }, escapeHtml(node.text));
    })
    .join("");
}

/** A picture as a figure: the feed reader picks from the WebP widths; the credit follows the caption. */
function figure(mediaId: string, language: "ar" | "en", pictures: BodyPictures): string {
  const picture = pictures.get(mediaId);
  if (!picture) return "";
  const alt = picture.decorative ? "" : (picture.alt ?? "");
  const credit = picture.credit ? ` (${PHOTO_LABEL[language]} <bdi>${escapeHtml(picture.credit)}</bdi>)` : "";
  const caption = picture.caption || picture.credit ? `<figcaption><bdi>${escapeHtml(picture.caption)}</bdi>${credit}</figcaption>` : "";
  return (
    `<figure><img src="${escapeHtml(picture.sources.fallback)}" srcset="${escapeHtml(picture.sources.webp)}" ` +
    `width="${picture.width}" height="${picture.height}" alt="${escapeHtml(alt)}" lang="${picture.language}" loading="lazy">${caption}</figure>`
  );
}

function block(node: Block, language: "ar" | "en", related: RelatedLinks, pictures: BodyPictures): string {
  switch (node.type) {
    case "paragraph":
      return `<p dir="auto">${inline(node.content)}</p>`;
    case "heading":
      return `<h${node.attrs.level} dir="auto">${inline(node.content)}</h${node.attrs.level}>`;
    case "blockquote":
      return `<blockquote dir="auto">${node.content.map((p) => `<p dir="auto">${inline(p.content)}</p>`).join("")}</blockquote>`;
    case "bulletList":
    case "orderedList": {
      const tag = node.type === "bulletList" ? "ul" : "ol";
      const items = node.content.map((item) => `<li>${item.content.map((child) => block(child as Block, language, related, pictures)).join("")}</li>`);
      return `<${tag} dir="auto">${items.join("")}</${tag}>`;
    }
    case "relatedStory": {
      const target = node.attrs.articleId ? related.get(node.attrs.articleId) : undefined;
      const headline = target
        ? `<a href="${escapeHtml(target.href)}"><bdi>${escapeHtml(target.headline)}</bdi></a>`
        : `<bdi>${escapeHtml(node.attrs.headline)}</bdi>`;
      return `<p dir="auto"><strong>${RELATED_LABEL[language]}:</strong> ${headline}</p>`;
    }
    case "image":
      return figure(node.attrs.mediaId, language, pictures);
  }
}

/**
 * A stored body as HTML text, for places that take markup rather than a
 * page (feeds). The same elements as the page's renderer
 * (components/public/rich-text.tsx), without its styling: walks the
 * validated document, escapes every text and address, and drops links whose
 * address is not safe, so stored content never injects markup. A picture
 * the library no longer has is left out.
 */
export function documentToHtml(doc: RichTextDocument, language: "ar" | "en", related: RelatedLinks, pictures: BodyPictures = new Map()): string {
  return doc.content.map((node) => block(node, language, related, pictures)).join("");
}
