import { describe, expect, it } from "vitest";
import { PREVIEW_DESCRIPTION_MAX, articlePreview, openGraphLocale } from "./open-graph";

const story = {
  headline: "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب",
  summary: "شركة يديرها مسؤولون سابقون في «كامبريدج أناليتيكا» تعمل لحملة ترامب.",
  url: "https://news.example/world/%D9%83%D8%A7%D9%85%D8%A8%D8%B1%D9%8A%D8%AF%D8%AC",
  siteName: "نيوزروم",
  language: "ar" as const,
  section: "أهم أخبار العالم",
  publishedAt: new Date("2026-06-16T23:58:00Z"),
  updatedAt: new Date("2026-06-17T06:30:00Z"),
};

describe("openGraphLocale", () => {
  it("names Arabic ar_AR and English en_US", () => {
    expect(openGraphLocale("ar")).toBe("ar_AR");
    expect(openGraphLocale("en")).toBe("en_US");
  });
});

describe("articlePreview", () => {
  it("gives the page an article preview in the story's locale", () => {
    expect(articlePreview(story)).toEqual({
      title: story.headline,
      description: story.summary,
      url: story.url,
      siteName: "نيوزروم",
      locale: "ar_AR",
      type: "article",
      publishedTime: "2026-06-16T23:58:00.000Z",
      modifiedTime: "2026-06-17T06:30:00.000Z",
      section: "أهم أخبار العالم",
      twitter: { card: "summary", title: story.headline, description: story.summary },
    });
    expect(articlePreview({ ...story, language: "en" }).locale).toBe("en_US");
  });

  it(`cuts a long summary at a word, to ${PREVIEW_DESCRIPTION_MAX} characters`, () => {
    const summary = Array.from({ length: 40 }, () => "كامبريدج").join(" ");
    const { description, twitter } = articlePreview({ ...story, summary });
    expect([...description!].length).toBeLessThanOrEqual(PREVIEW_DESCRIPTION_MAX);
    expect(description!.endsWith("كامبريدج…")).toBe(true);
    expect(twitter.description).toBe(description);
  });

  it("is described by its opening paragraph when it has no summary, and by nothing when it has neither", () => {
    expect(articlePreview({ ...story, summary: null, opening: "يبدو أن الرئيس" }).description).toBe("يبدو أن الرئيس");
    expect(articlePreview({ ...story, summary: " ", opening: "يبدو أن الرئيس" }).twitter.description).toBe("يبدو أن الرئيس");
    expect(articlePreview({ ...story, summary: "ملخص", opening: "يبدو أن الرئيس" }).description).toBe("ملخص");
    expect(articlePreview({ ...story, summary: null }).description).toBeNull();
    expect(articlePreview({ ...story, summary: "  " }).twitter.description).toBeNull();
  });

  it("refuses a relative address, which a preview cannot follow", () => {
    expect(() => articlePreview({ ...story, url: "/world/x" })).toThrow(TypeError);
  });
});
