import { describe, expect, it } from "vitest";
import { joinNames, nameSeparator } from "./names";

describe("lists of names", () => {
  it("separates names with the Arabic comma in Arabic and a comma in English", () => {
    expect(joinNames(["سارة منصور", "خالد عبد الله"], "ar")).toBe("سارة منصور، خالد عبد الله");
    expect(joinNames(["Laila Hassan", "Sara Mansour"], "en")).toBe("Laila Hassan, Sara Mansour");
    expect(nameSeparator("ar")).toBe("، ");
  });

  it("writes one name alone and none as nothing", () => {
    expect(joinNames(["Laila Hassan"], "en")).toBe("Laila Hassan");
    expect(joinNames([], "ar")).toBe("");
  });
});
