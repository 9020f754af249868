import { describe, expect, it } from "vitest";
import { foldLetterVariants, searchKey, stripDiacritics, stripTatweel, toAsciiDigits } from "./normalize";
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
