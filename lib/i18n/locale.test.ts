import { describe, expect, it } from "vitest";
import { directionOf, negotiateLocale, resolveLocale } from "./locale";

describe("resolveLocale", () => {
  it("prefers the user's saved preference over cookie and browser", () => {
    expect(resolveLocale({ userPreference: "en", cookie: "ar", acceptLanguage: "ar-EG" })).toBe("en");
  });

  it("uses the cookie when the user has no preference", () => {
    expect(resolveLocale({ userPreference: null, cookie: "en", acceptLanguage: "ar" })).toBe("en");
  });

  it("falls back to Accept-Language, then Arabic", () => {
    expect(resolveLocale({ acceptLanguage: "en-US,en;q=0.9" })).toBe("en");
    expect(resolveLocale({ acceptLanguage: "fr-FR,de;q=0.8" })).toBe("ar");
    expect(resolveLocale({})).toBe("ar");
  });

  it("ignores values that are not our locales", () => {
    expect(resolveLocale({ userPreference: "fr", cookie: "<script>", acceptLanguage: "en" })).toBe("en");
  });
});

describe("negotiateLocale", () => {
  it("honours quality values and regional tags", () => {
    expect(negotiateLocale("fr;q=1, en-GB;q=0.5, ar-EG;q=0.8")).toBe("ar");
    expect(negotiateLocale("en-GB")).toBe("en");
    expect(negotiateLocale("")).toBeNull();
  });
});

it("gives Arabic a right-to-left direction", () => {
  expect(directionOf("ar")).toBe("rtl");
  expect(directionOf("en")).toBe("ltr");
});
