import { describe, expect, it } from "vitest";
import { truncateAtWord } from "./truncate";

const codePoints = (s: string) => [...s].length;

describe("truncateAtWord", () => {
  it("leaves text that fits as it is", () => {
    expect(truncateAtWord("  ترامب يعود  ", 11)).toBe("ترامب يعود");
  });

  it("cuts at the last space that fits, ellipsis included in the limit", () => {
    const headline = "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» تعود للظهور في حملة إعادة انتخاب ترامب";
    const cut = truncateAtWord(headline, 41);
    expect(codePoints(cut)).toBe(41);
    expect(cut).toBe("رغم إعلان إفلاسها.. «كامبريدج أناليتيكا»…");
    expect(headline.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it("cuts where a word ends exactly at the limit", () => {
    expect(truncateAtWord("one two three", 8)).toBe("one two…");
  });

  it("drops a comma or colon the cut leaves hanging", () => {
    expect(truncateAtWord("عاجل: واشنطن، موسكو وبكين تتفق", 14)).toBe("عاجل: واشنطن…");
    expect(truncateAtWord("Breaking: Washington agrees", 13)).toBe("Breaking…");
  });

  it("cuts a single overlong word between letters, keeping each letter's marks", () => {
    const cut = truncateAtWord("يَبْدُوأَنَّالرَّئِيسَ", 6);
    expect(codePoints(cut)).toBeLessThanOrEqual(6);
    expect(cut).toBe("يَبْ…");
  });

  it("drops an isolate the cut leaves open, keeping paired ones", () => {
    const cut = truncateAtWord("قال \u2067Data Propria\u2069 إن \u2067Brad Parscale said so\u2069", 30);
    expect(cut).toBe("قال \u2067Data Propria\u2069 إن Brad…");
  });
});
