import { describe, expect, it } from "vitest";
import { correctQuery, prepareQuery } from "./query";

describe("prepareQuery", () => {
  it("normalises the query as the stories are", () => {
    expect(prepareQuery("  إعادة   انتخاب ").text).toBe("اعاده انتخاب");
    expect(prepareQuery("الحملة").text).toBe("حمله");
  });

  it("reads guillemets and curly quotes as a phrase", () => {
    expect(prepareQuery("«إعادة انتخاب»").text).toBe('"اعاده انتخاب"');
    expect(prepareQuery("“data propria”").text).toBe('"data propria"');
  });

  it("keeps the exclusion and `or` for websearch_to_tsquery, and leaves them out of what is wanted", () => {
    const query = prepareQuery("ترامب -كامبريدج or فيسبوك");
    expect(query.text).toBe("ترامب -كامبريدج or فيسبوك");
    expect(query.wanted).toEqual(["ترامب", "فيسبوك"]);
  });

  it("drops punctuation at a word's edges, which no story holds as a word, and keeps it inside one", () => {
    expect(prepareQuery("فضيحة تهز «فيسبوك».. تسريب، (بيانات) 2.9 مليون!").text).toBe('فضيحه تهز "فيسبوك" تسريب بيانات 2.9 مليون');
    expect(prepareQuery("ترامب ... -«كامبريدج»").text).toBe('ترامب -"كامبريدج"');
  });

  it("wants words long enough to correct, phrases included, once each", () => {
    expect(prepareQuery('"أناليتكا في" أناليتكا 2020').wanted).toEqual(["اناليتكا"]);
  });
});

describe("correctQuery", () => {
  it("replaces whole misspelt words only", () => {
    const query = prepareQuery('"كامبريدج أناليتكا" اناليتكاا');
    const corrected = correctQuery(query, new Map([["اناليتكا", "اناليتيكا"]]));
    expect(corrected.text).toBe('"كامبريدج اناليتيكا" اناليتكاا');
    expect(corrected.wanted).toEqual(["كامبريدج", "اناليتيكا", "اناليتكاا"]);
  });
});
