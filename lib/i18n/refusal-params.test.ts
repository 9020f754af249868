import { describe, expect, it } from "vitest";
import { readableParams, type ParamWords } from "./refusal-params";

const LABELS: Record<string, string> = { headline: "العنوان", bodyText: "النص" };
const words: ParamWords = {
  field: (key) => LABELS[key],
  block: (n) => `الفقرة ${n}`,
  list: (items) => new Intl.ListFormat("ar", { type: "conjunction" }).format(items),
};

describe("readableParams", () => {
  it("names fields by their labels, in a list of the UI language", () => {
    expect(readableParams({ fields: "headline, bodyText" }, words)).toEqual({ fields: "العنوان والنص" });
  });

  it("names a place in the body by its paragraph, counted from one", () => {
    expect(readableParams({ path: "content.3.content.0", max: 8 }, words)).toEqual({ path: "الفقرة 4", max: 8 });
  });

  it("keeps what it has no words for, and what needs none", () => {
    expect(readableParams({ fields: "headline, mystery" }, words)).toEqual({ fields: "العنوان وmystery" });
    expect(readableParams({ path: "attrs" }, words)).toEqual({ path: "attrs" });
    expect(readableParams(undefined, words)).toBeUndefined();
  });
});
