import { describe, expect, it } from "vitest";
import { foldLetterVariants, normalizeForSearch, searchKey, stripDiacritics, stripTatweel, toAsciiDigits } from "./normalize";
import { slugify } from "./slug";

describe("Arabic normalisation", () => {
  it("strips tashkeel but keeps the letters", () => {
    expect(stripDiacritics("ظِلالًا مُمْكِنَة")).toBe("ظلالا ممكنة");
  });

  it("strips tatweel", () => {
    expect(stripTatweel('لـ"داتا" الـعـربـيـة')).toBe('ل"داتا" العربية');
  });

  it("folds alef, alef maksura and taa marbuta forms for keys", () => {
    expect(foldLetterVariants("إعادة أناليتيكا آخر مستشفى")).toBe("اعاده اناليتيكا اخر مستشفي");
  });

  it("converts Arabic-Indic and Persian digits", () => {
    expect(toAsciiDigits("٢٠١٨ و۲۰۲۰")).toBe("2018 و2020");
  });

  it("gives the same key to spellings a reader would call the same", () => {
    expect(searchKey("  إعـــادة   انتخابٍ ")).toBe(searchKey("اعادة انتخاب"));
    expect(searchKey("Read MORE")).toBe("read more");
  });
});

describe("the search normalisation", () => {
  it("drops tashkeel and tatweel", () => {
    expect(normalizeForSearch("مـــصرُ الجَدِيدَةُ")).toBe("مصر الجديده");
  });

  it("writes every alef form as a bare alef", () => {
    expect(normalizeForSearch("أحمد إعادة آخر ٱلله")).toBe("احمد اعاده اخر الله");
  });

  it("writes alef maksura as yeh and taa marbuta as heh", () => {
    expect(normalizeForSearch("على مستشفى حملة")).toBe(normalizeForSearch("علي مستشفي حمله"));
    expect(normalizeForSearch("حملة")).toBe("حمله");
  });

  it("drops the hamza carried by waw and yeh", () => {
    expect(normalizeForSearch("مسؤول رئيس")).toBe("مسوول رييس");
  });

  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(normalizeForSearch("٢٠١٨ ۲۰۱۸")).toBe("2018 2018");
  });

  it("unfolds compatibility forms: presentation-form letters, the lam-alef ligature, full-width Latin", () => {
    expect(normalizeForSearch("\uFEDF\uFE8E\uFEE7\uFEEA")).toBe(normalizeForSearch("لانه"));
    expect(normalizeForSearch("\uFEFB")).toBe("لا");
    expect(normalizeForSearch("ＤＡＴＡ")).toBe("data");
  });

  it("removes invisible controls that would split or disguise a word", () => {
    expect(normalizeForSearch("كامبر\u200Cيدج\u200F")).toBe("كامبريدج");
    expect(normalizeForSearch("\u202Edata\u202C")).toBe("data");
  });

  it("lower-cases Latin names inside Arabic text and leaves everything else as it was", () => {
    expect(normalizeForSearch("شركة Data Propria، 2020!")).toBe("شركه data propria، 2020!");
  });

  it("gives a document and a query written differently the same text", () => {
    expect(normalizeForSearch("«إعادة انتخاب» ترامب عام ٢٠٢٠")).toBe(normalizeForSearch("«اعاده انتخاب» ترامب عام 2020"));
  });
});

describe("slugify", () => {
  it("keeps Arabic letters and drops punctuation", () => {
    expect(slugify("رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب")).toBe(
      "رغم-اعلان-افلاسها-كامبريدج-اناليتيكا-تعود-للظهور-في-حمله-اعاده-انتخاب-ترامب",
    );
  });

  it("lower-cases English and joins words with hyphens", () => {
    expect(slugify("Storm Closes Ports — 3 Dead!")).toBe("storm-closes-ports-3-dead");
  });

  it("trims at a word boundary", () => {
    const slug = slugify("word ".repeat(40), 20);
    expect(slug).toBe("word-word-word-word");
  });
});
