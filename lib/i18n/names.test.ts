import { describe, expect, it } from "vitest";
import { isolate } from "../arabic/bidi";
import { joinNames, nameSeparator } from "./names";

describe("lists of names", () => {
  it("separates names with the Arabic comma in Arabic and a comma in English", () => {
    expect(joinNames(["سارة منصور", "خالد عبد الله"], "ar")).toBe("\u2068سارة منصور\u2069، \u2068خالد عبد الله\u2069");
    expect(joinNames(["Laila Hassan", "Sara Mansour"], "en")).toBe("\u2068Laila Hassan\u2069, \u2068Sara Mansour\u2069");
    expect(nameSeparator("ar")).toBe("، ");
  });

  it("isolates each name, so a Latin name in an Arabic list keeps the commas where they belong", () => {
    expect(joinNames(["Sam Carter", "خالد"], "ar")).toBe(`${isolate("Sam Carter")}، ${isolate("خالد")}`);
  });

  it("writes one name alone and none as nothing", () => {
    expect(joinNames(["Laila Hassan"], "en")).toBe("\u2068Laila Hassan\u2069");
    expect(joinNames([], "ar")).toBe("");
  });
});
