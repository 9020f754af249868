import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, visibleLength } from "./count";

describe("countWords", () => {
  it("counts Arabic words, ignoring tashkeel, tatweel and punctuation", () => {
    expect(countWords("يبدو أن الرئيس الأمريكي دونالد ترامب")).toBe(6);
    expect(countWords("يَبْدُو أَنَّ الرَّئِيسَ")).toBe(3);
    expect(countWords("الـــرئيـــس")).toBe(1);
    expect(countWords("«كامبريدج أناليتيكا» .. تعود!")).toBe(3);
    expect(countWords("بلغت 2.9 مليون دولار عام 2020")).toBe(6);
  });

  it("counts English words", () => {
    expect(countWords("Storm closes three ports, officials say.", "en")).toBe(6);
  });

  it("counts nothing in empty or punctuation-only text", () => {
    expect(countWords("")).toBe(0);
    expect(countWords(" .. ، «» ")).toBe(0);
  });

  it("counts the reference story's body at a plausible length", () => {
    const body = readFileSync(new URL("../../db/seed/article-ar-wire.txt", import.meta.url), "utf8");
    const words = countWords(body);
    expect(words).toBeGreaterThan(700);
    expect(words).toBeLessThan(1000);
  });
});

describe("reading time and headline length", () => {
  it("rounds reading time to whole minutes, at least one", () => {
    expect(readingMinutes(0, "ar")).toBe(0);
    expect(readingMinutes(40, "ar")).toBe(1);
    expect(readingMinutes(900, "ar")).toBe(5);
    expect(readingMinutes(900, "en")).toBe(4);
  });

  it("measures a headline by what the reader sees", () => {
    expect(visibleLength("الرَّئِيسُ")).toBe(visibleLength("الرئيس"));
    expect(visibleLength("الـــرئيس")).toBe(6);
  });
});
