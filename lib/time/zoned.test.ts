import { describe, expect, it } from "vitest";
import { zoneName } from "./zoned";

describe("zoneName", () => {
  it("names the newsroom's zone in words of the UI language, never its IANA name", () => {
    expect(zoneName("Africa/Cairo", "ar")).toBe("توقيت مصر");
    expect(zoneName("Africa/Cairo", "en")).toBe("Egypt Time");
  });
});
