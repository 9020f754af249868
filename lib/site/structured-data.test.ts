import { describe, expect, it } from "vitest";
import { JSON_LD_HEADLINE_MAX, jsonLdScript, newsArticleJsonLd, type JsonLdPublisher, type JsonLdStory } from "./structured-data";

const url = "https://news.example/world/%D9%83%D8%A7%D9%85%D8%A8%D8%B1%D9%8A%D8%AF%D8%AC";
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const story: JsonLdStory = {
  url,
  headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب",
  summary: "شركة يديرها مسؤولون سابقون في «كامبريدج أناليتيكا» تعمل لحملة ترامب.",
  language: "ar",
  section: "أهم أخبار العالم",
  authors: [{ name: "سارة علي", url: "https://news.example/authors/sara" }, { name: "أسوشيتد برس" }],
  publishedAt: new Date("2026-06-16T23:58:00Z"),
  updatedAt: new Date("2026-06-17T06:30:00Z"),
  corrections: [
    { text: "الرقم الصحيح 87 مليون مستخدم.", at: new Date("2026-06-18T10:00:00Z") },
    { text: "صُحّح اسم الشركة.", at: new Date("2026-06-17T06:30:00Z") },
  ],
};
const publisher: JsonLdPublisher = { name: "نيوزروم", url: "https://news.example/", logoUrl: "https://news.example/logo.png" };

describe("newsArticleJsonLd", () => {
  it("describes the story as a schema.org NewsArticle", () => {
    const data = newsArticleJsonLd(story, publisher);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: story.headline,
      description: story.summary,
      inLanguage: "ar",
      articleSection: "أهم أخبار العالم",
      url,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      isAccessibleForFree: true,
    });
  });

  it("dates publication and modification as ISO 8601 instants", () => {
    const data = newsArticleJsonLd(story, publisher);
    expect(data.datePublished).toMatch(ISO);
    expect(new Date(data.datePublished as string).getTime()).toBe(story.publishedAt.getTime());
    expect(new Date(data.dateModified as string).getTime()).toBe(story.updatedAt.getTime());
  });

  it("names each author as a Person, with a link to their page when they have one", () => {
    expect(newsArticleJsonLd(story, publisher).author).toEqual([
      { "@type": "Person", name: "سارة علي", url: "https://news.example/authors/sara" },
      { "@type": "Person", name: "أسوشيتد برس" },
    ]);
  });

  it("names the publisher as a NewsMediaOrganization, with its logo only when there is one", () => {
    expect(newsArticleJsonLd(story, publisher).publisher).toEqual({
      "@type": "NewsMediaOrganization",
      name: "نيوزروم",
      url: "https://news.example/",
      logo: { "@type": "ImageObject", url: "https://news.example/logo.png" },
    });
    const bare = newsArticleJsonLd(story, { name: "نيوزروم", url: "https://news.example/" });
    expect(bare.publisher).toEqual({ "@type": "NewsMediaOrganization", name: "نيوزروم", url: "https://news.example/" });
  });

  it("lists public corrections oldest first as CorrectionComments, and none when there are none", () => {
    expect(newsArticleJsonLd(story, publisher).correction).toEqual([
      { "@type": "CorrectionComment", text: "صُحّح اسم الشركة.", datePublished: "2026-06-17T06:30:00.000Z" },
      { "@type": "CorrectionComment", text: "الرقم الصحيح 87 مليون مستخدم.", datePublished: "2026-06-18T10:00:00.000Z" },
    ]);
    expect(newsArticleJsonLd({ ...story, corrections: [] }, publisher)).not.toHaveProperty("correction");
  });

  it("leaves out the description of a story without a summary", () => {
    expect(newsArticleJsonLd({ ...story, summary: null }, publisher)).not.toHaveProperty("description");
  });

  it(`cuts a headline over ${JSON_LD_HEADLINE_MAX} characters at a word`, () => {
    const long = `${story.headline} ${story.headline}`;
    const { headline } = newsArticleJsonLd({ ...story, headline: long }, publisher) as { headline: string };
    expect([...headline].length).toBeLessThanOrEqual(JSON_LD_HEADLINE_MAX);
    expect(headline.endsWith("…")).toBe(true);
    const kept = headline.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(" ");
  });

  it("refuses relative addresses", () => {
    expect(() => newsArticleJsonLd({ ...story, url: "/world/x" }, publisher)).toThrow(TypeError);
    expect(() => newsArticleJsonLd({ ...story, authors: [{ name: "x", url: "/authors/x" }] }, publisher)).toThrow(TypeError);
  });
});

describe("jsonLdScript", () => {
  const hostile = "</script><script>alert(1)</script> <!-- x & y \u2028\u2029 «عاجل»";

  it("can never end the script element or open a comment, whatever the headline says", () => {
    const script = jsonLdScript(newsArticleJsonLd({ ...story, headline: hostile, summary: hostile }, publisher));
    expect(script).not.toMatch(/[<>&\u2028\u2029]/);
    expect(script.toLowerCase()).not.toContain("</script");
  });

  it("reads back as the same data", () => {
    const data = newsArticleJsonLd({ ...story, headline: hostile }, publisher);
    expect(JSON.parse(jsonLdScript(data))).toEqual(JSON.parse(JSON.stringify(data)));
    expect((JSON.parse(jsonLdScript(data)) as { headline: string }).headline).toBe(hostile);
  });
});
