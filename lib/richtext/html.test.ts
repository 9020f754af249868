import { describe, expect, it } from "vitest";
import { documentToHtml } from "./html";
import type { RichTextDocument } from "./schema";

const doc = (content: unknown[]) => ({ type: "doc", content }) as RichTextDocument;
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const STORY = "a1b2c3d4-0000-4000-8000-000000000003";

describe("documentToHtml", () => {
  it("writes each kind of block and mark as its element", () => {
    const html = documentToHtml(
      doc([
        { type: "heading", attrs: { level: 2 }, content: [text("عنوان فرعي")] },
        { type: "paragraph", content: [text("نص "), text("غامق", [{ type: "bold" }]), { type: "hardBreak" }, text("مائل", [{ type: "italic" }])] },
        { type: "blockquote", content: [{ type: "paragraph", content: [text("اقتباس")] }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("بند")] }] }] },
        { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("أول")] }] }] },
      ]),
      "ar",
      new Map(),
    );
    expect(html).toBe(
      '<h2 dir="auto">عنوان فرعي</h2>' +
        '<p dir="auto">نص <strong>غامق</strong><br><em>مائل</em></p>' +
        '<blockquote dir="auto"><p dir="auto">اقتباس</p></blockquote>' +
        '<ul dir="auto"><li><p dir="auto">بند</p></li></ul>' +
        '<ol dir="auto"><li><p dir="auto">أول</p></li></ol>',
    );
  });

  it("escapes text and addresses, and leaves an unsafe link as plain text", () => {
    const html = documentToHtml(
      doc([
        {
          type: "paragraph",
          content: [
            text("<script>alert(\"x\")</script> & 'q'"),
            text("رابط", [{ type: "link", attrs: { href: 'https://example.com/?a=1&b="2"' } }]),
            text("خطر", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]),
          ],
        },
      ]),
      "ar",
      new Map(),
    );
    expect(html).toBe(
      '<p dir="auto">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;' +
        '<a href="https://example.com/?a=1&amp;b=&quot;2&quot;" rel="nofollow">رابط</a>خطر</p>',
    );
  });

  it("links a resolved «اقرأ المزيد» line to its story by its current headline, and leaves an unresolved one as text", () => {
    const related = new Map([[STORY, { headline: "عنوان <جديد>", href: "https://news.example/world/خبر" }]]);
    const html = documentToHtml(
      doc([
        { type: "relatedStory", attrs: { articleId: STORY, headline: "عنوان قديم" } },
        { type: "relatedStory", attrs: { articleId: null, headline: "خبر لم يُربط" } },
      ]),
      "ar",
      related,
    );
    expect(html).toBe(
      '<p dir="auto"><strong>اقرأ المزيد:</strong> <a href="https://news.example/world/خبر"><bdi>عنوان &lt;جديد&gt;</bdi></a></p>' +
        '<p dir="auto"><strong>اقرأ المزيد:</strong> <bdi>خبر لم يُربط</bdi></p>',
    );
    expect(documentToHtml(doc([{ type: "relatedStory", attrs: { articleId: null, headline: "Ports" } }]), "en", new Map())).toContain(
      "<strong>Read more:</strong>",
    );
  });

  it("writes a picture as a figure with its sources, size, alt text and credit, and leaves out one the library lost", () => {
    const kept = "a1b2c3d4-0000-4000-8000-000000000010";
    const lost = "a1b2c3d4-0000-4000-8000-000000000011";
    const pictures = new Map([
      [
        kept,
        {
          width: 1600,
          height: 900,
          alt: "متظاهرون <في> الساحة",
          decorative: false,
          caption: "ساحة التحرير",
          credit: "أ ف ب",
          language: "ar" as const,
          sources: { avif: "", webp: "https://cdn.example/v/a.webp 800w", fallback: "https://cdn.example/v/a.webp", share: null },
        },
      ],
    ]);
    const html = documentToHtml(
      doc([
        { type: "image", attrs: { mediaId: kept } },
        { type: "image", attrs: { mediaId: lost } },
      ]),
      "ar",
      new Map(),
      pictures,
    );
    expect(html).toBe(
      '<figure><img src="https://cdn.example/v/a.webp" srcset="https://cdn.example/v/a.webp 800w" width="1600" height="900" ' +
        'alt="متظاهرون &lt;في&gt; الساحة" lang="ar" loading="lazy"><figcaption><bdi>ساحة التحرير</bdi> (الصورة: <bdi>أ ف ب</bdi>)</figcaption></figure>',
    );
  });
});
