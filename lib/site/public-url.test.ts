import { describe, expect, it } from "vitest";
import { absoluteUrl, parsePublicBase, requireAbsoluteUrl } from "./public-url";

const ENCODED = "/world/%D8%AA%D8%B1%D8%A7%D9%85%D8%A8-%D9%8A%D8%B9%D9%88%D8%AF";

describe("parsePublicBase", () => {
  it("keeps the origin and any path prefix, without a trailing slash", () => {
    expect(parsePublicBase("https://news.example")).toBe("https://news.example");
    expect(parsePublicBase("https://news.example/")).toBe("https://news.example");
    expect(parsePublicBase("https://example.org/news/")).toBe("https://example.org/news");
    expect(parsePublicBase("HTTP://News.Example:8080/ar")).toBe("http://news.example:8080/ar");
  });

  it("refuses what cannot prefix an address", () => {
    for (const bad of [
      "",
      "news.example",
      "/news",
      "ftp://news.example",
      "https://news.example/?x=1",
      "https://news.example/#top",
      "https://a:b@news.example",
    ]) {
      expect(parsePublicBase(bad), bad).toBeNull();
    }
  });
});

describe("absoluteUrl", () => {
  it("joins the base and an encoded story path without encoding it again", () => {
    expect(absoluteUrl("https://news.example", ENCODED)).toBe(`https://news.example${ENCODED}`);
    expect(absoluteUrl("https://news.example/", ENCODED)).toBe(`https://news.example${ENCODED}`);
    expect(absoluteUrl("https://news.example", "/search?q=%D8%AA%20x&page=2")).toBe("https://news.example/search?q=%D8%AA%20x&page=2");
    expect(absoluteUrl("https://news.example", "/100%25-free")).toBe("https://news.example/100%25-free");
  });

  it("encodes raw Arabic once, to the same address the encoded path gives", () => {
    expect(absoluteUrl("https://news.example", "/world/ترامب-يعود")).toBe(`https://news.example${ENCODED}`);
  });

  it("keeps a base's path prefix", () => {
    expect(absoluteUrl("https://example.org/news/", ENCODED)).toBe(`https://example.org/news${ENCODED}`);
    expect(absoluteUrl("https://example.org/news", "/")).toBe("https://example.org/news/");
    expect(absoluteUrl("https://news.example", "/")).toBe("https://news.example/");
  });

  it("refuses a path that is not the app's own, which could point at another host", () => {
    for (const bad of ["world/x", "//evil.example/x", "https://evil.example/x", ""]) {
      expect(() => absoluteUrl("https://news.example", bad), bad).toThrow(TypeError);
    }
    expect(() => absoluteUrl("news.example", "/x")).toThrow(TypeError);
  });
});

describe("requireAbsoluteUrl", () => {
  it("passes absolute http(s) URLs and refuses the rest", () => {
    expect(requireAbsoluteUrl(`https://news.example${ENCODED}`)).toBe(`https://news.example${ENCODED}`);
    for (const bad of ["/world/x", "javascript:alert(1)", "mailto:a@b.c", "tag:news.example,2026:1"])
      expect(() => requireAbsoluteUrl(bad), bad).toThrow(TypeError);
  });
});
