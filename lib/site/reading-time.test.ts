import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentFromText } from "../richtext/text";
import { storyReadingMinutes } from "./reading-time";

const wire = readFileSync(new URL("../../db/seed/article-ar-wire.txt", import.meta.url), "utf8");
const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(" ");

describe("storyReadingMinutes", () => {
  it("reads the reference wire story (about 800 words) in four to five minutes", () => {
    expect(storyReadingMinutes(documentFromText(wire), "ar")).toBeGreaterThanOrEqual(4);
    expect(storyReadingMinutes(documentFromText(wire), "ar")).toBeLessThanOrEqual(5);
  });

  it("reads Arabic at 180 words a minute and English at 230", () => {
    expect(storyReadingMinutes(documentFromText(words(900, "خبر")), "ar")).toBe(5);
    expect(storyReadingMinutes(documentFromText(words(920, "news")), "en")).toBe(4);
    expect(storyReadingMinutes(documentFromText(words(1800, "خبر")), "ar")).toBe(10);
  });

  it("never says zero minutes, even for a one-line or empty body", () => {
    expect(storyReadingMinutes(documentFromText("عاجل"), "ar")).toBe(1);
    expect(storyReadingMinutes(documentFromText(""), "en")).toBe(1);
  });

  it("does not count tashkeel or tatweel as words", () => {
    const plain = storyReadingMinutes(documentFromText(words(360, "الرئيس")), "ar");
    expect(storyReadingMinutes(documentFromText(words(360, "الرَّئِيسُ")), "ar")).toBe(plain);
    expect(storyReadingMinutes(documentFromText(words(360, "الـــرئيس")), "ar")).toBe(plain);
  });
});
