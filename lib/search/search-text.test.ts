import { describe, expect, it } from "vitest";
import { searchText } from "./search-text";

describe("searchText", () => {
  it("takes the definite article and the particles before it off each Arabic word", () => {
    expect(searchText("الحملة والحملة بالحملة للحملة فالحملة كالحملة وبالحملة")).toBe("حمله حمله حمله حمله حمله حمله حمله");
    expect(searchText("الانتخابات والانتخابات")).toBe(searchText("انتخابات انتخابات"));
  });

  it("leaves a word whole when fewer than three letters would remain", () => {
    expect(searchText("الله التي الذي الى")).toBe("الله التي الذي الي");
  });

  it("only at the start of a word", () => {
    expect(searchText("مالال")).toBe("مالال");
    expect(searchText("«الحملة»")).toBe("«حمله»");
    expect(searchText("(والانتخابات)")).toBe("(انتخابات)");
  });

  it("leaves Latin words as they are, but lower case", () => {
    expect(searchText("Cambridge Analytica والسيد Parscale")).toBe("cambridge analytica سيد parscale");
  });

  it("meets a query written another way", () => {
    expect(searchText("«الحمله»")).toBe(searchText("«حملة»"));
    expect(searchText("اعاده انتخاب")).toBe(searchText("إعادة انتخاب"));
  });
});
