import { describe, expect, it } from "vitest";
import { searchText } from "./search-text";
import { MARK_START as S, MARK_STOP as E, rememberingSearchText, searchableText, snippetFromHeadline } from "./snippet";

describe("searchableText", () => {
  it("gives each original word its searchable form and its place", () => {
    const text = searchableText("إعادة  انتخاب\n«الحملة»");
    expect(text.words).toEqual(["إعادة", "انتخاب", "«الحملة»"]);
    expect(text.searchable).toBe("اعاده انتخاب «حمله»");
    expect(text.offsets).toEqual([0, 6, 13]);
  });

  it("keeps a place for a word that normalises to nothing", () => {
    const text = searchableText("أ ـــ ب");
    expect(text.searchable.split(" ")).toHaveLength(3);
  });
});

describe("snippetFromHeadline", () => {
  const text = searchableText("استعانت حملة إعادة انتخاب الرئيس بشركة «كامبريدج أناليتيكا» التي أفلست");

  it("marks the original words ts_headline marked in the searchable text", () => {
    const headline = `${S}اعاده${E} ${S}انتخاب${E} رييس بشركه «${S}كامبريدج${E}`;
    expect(snippetFromHeadline(text, headline, " … ")).toEqual([
      [
        { text: "إعادة انتخاب", match: true },
        { text: " الرئيس بشركة ", match: false },
        { text: "«كامبريدج", match: true },
      ],
    ]);
  });

  it("keeps fragments apart and in order", () => {
    const headline = `استعانت ${S}حمله${E} … التي ${S}افلست${E}`;
    expect(snippetFromHeadline(text, headline, " … ")).toEqual([
      [
        { text: "استعانت ", match: false },
        { text: "حملة", match: true },
      ],
      [
        { text: "التي ", match: false },
        { text: "أفلست", match: true },
      ],
    ]);
  });

  it("gives the opening words unmarked when nothing matched", () => {
    expect(snippetFromHeadline(text, "استعانت حمله اعاده", " … ")).toEqual([[{ text: "استعانت حملة إعادة", match: false }]]);
  });

  it("skips what it cannot place rather than showing something else", () => {
    expect(snippetFromHeadline(text, "كلام غير موجود", " … ")).toEqual([]);
  });
});

describe("rememberingSearchText", () => {
  it("gives what searchText() gives, however often a word comes back", () => {
    const normalise = rememberingSearchText();
    const text = "إعادة انتخاب ترامب وإعادة انتخاب الحملة ٢٠٢٠ إعادة";
    expect(searchableText(text, normalise)).toEqual(searchableText(text));
    expect(normalise("إعادة")).toBe(searchText("إعادة"));
  });
});
