import { describe, expect, it } from "vitest";
import { shareLinks } from "./share-links";

const url = "https://news.example/world/%D9%83%D8%A7%D9%85%D8%A8%D8%B1%D9%8A%D8%AF%D8%AC?ref=a&x=1#top";
const headline = "رغم إعلان إفلاسها.. «كامبريدج أناليتيكا» & #ترامب = 100% + عودة?";

/** A query's parameters as the receiving service decodes them (RFC 3986: "+" is a plus). */
function params(link: string): Record<string, string> {
  const query = link.slice(link.indexOf("?") + 1);
  return Object.fromEntries(query.split("&").map((pair) => pair.split("=").map(decodeURIComponent) as [string, string]));
}

describe("shareLinks", () => {
  const links = shareLinks({ url, headline });

  it("opens each service's share screen", () => {
    const endpoint = (link: string) => link.slice(0, link.indexOf("?"));
    expect(endpoint(links.whatsapp)).toBe("https://wa.me/");
    expect(endpoint(links.telegram)).toBe("https://t.me/share/url");
    expect(endpoint(links.x)).toBe("https://x.com/intent/post");
    expect(endpoint(links.facebook)).toBe("https://www.facebook.com/sharer/sharer.php");
    expect(endpoint(links.email)).toBe("mailto:");
  });

  it("carries the exact headline and address, however many &, #, = and + they hold", () => {
    expect(params(links.whatsapp)).toEqual({ text: `${headline}\n${url}` });
    expect(params(links.telegram)).toEqual({ url, text: headline });
    expect(params(links.x)).toEqual({ url, text: headline });
    expect(params(links.facebook)).toEqual({ u: url });
    expect(params(links.email)).toEqual({ subject: headline, body: `${headline}\n\n${url}` });
  });

  it("reads the same through the URL parser a browser uses", () => {
    expect(new URL(links.telegram).searchParams.get("text")).toBe(headline);
    expect(new URL(links.x).searchParams.get("url")).toBe(url);
    expect(new URL(links.facebook).searchParams.get("u")).toBe(url);
    expect(new URL(links.email).searchParams.get("subject")).toBe(headline);
    expect(new URL(links.whatsapp).hash).toBe("");
  });

  it("writes spaces as %20, which mail clients read as spaces", () => {
    expect(links.email).not.toMatch(/[+ ]/);
    expect(links.email).toContain("%20");
  });

  it("refuses a relative address, which means nothing outside the page", () => {
    expect(() => shareLinks({ url: "/world/x", headline })).toThrow(TypeError);
  });
});
