import { describe, expect, it } from "vitest";
import { robotsTxt } from "./robots";
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from "./sitemap-plan";

/** The rules for every crawler, read as Google reads them: the longest matching rule wins. */
function parseRobots(text: string) {
  const rules: { allow: boolean; path: string }[] = [];
  const sitemaps: string[] = [];
  let agents: string[] = [];
  for (const line of text.split("\n")) {
    const [key, ...rest] = line.split(":");
    const value = rest.join(":").trim();
    const field = key!.trim().toLowerCase();
    if (field === "user-agent") agents.push(value);
    else if (field === "sitemap") sitemaps.push(value);
    else if ((field === "allow" || field === "disallow") && agents.includes("*")) rules.push({ allow: field === "allow", path: value });
    else if (line.trim() === "") agents = [];
  }
  const allowed = (path: string) => {
    const matches = rules.filter((r) => path.startsWith(r.path)).sort((a, b) => b.path.length - a.path.length || Number(b.allow) - Number(a.allow));
    return matches[0]?.allow ?? true;
  };
  return { allowed, sitemaps };
}

describe("robotsTxt", () => {
  const sitemaps = [SITEMAP_INDEX_PATH, NEWS_SITEMAP_PATH];

  it("lets crawlers read the public site but not the desk, admin, API, sign-in or invitations", () => {
    const { allowed } = parseRobots(robotsTxt("https://news.example", sitemaps));
    for (const open of ["/", "/world/%D8%AA%D8%B1%D8%A7%D9%85%D8%A8", "/world", "/feed.xml", "/sitemaps/2026-11.xml", "/apiary"])
      expect(allowed(open), open).toBe(true);
    for (const closed of ["/dashboard", "/dashboard/articles/1", "/admin", "/admin/users", "/api/v1/articles", "/api/health", "/login", "/invite/abc"]) {
      expect(allowed(closed), closed).toBe(false);
    }
  });

  it("names the sitemaps by absolute address", () => {
    expect(parseRobots(robotsTxt("https://news.example/", sitemaps)).sitemaps).toEqual([
      "https://news.example/sitemap.xml",
      "https://news.example/sitemaps/news.xml",
    ]);
  });

  it("puts the rules and sitemaps under a base's path prefix", () => {
    const { allowed, sitemaps: named } = parseRobots(robotsTxt("https://example.org/news", sitemaps));
    expect(allowed("/news/dashboard/articles")).toBe(false);
    expect(allowed("/news/world/x")).toBe(true);
    expect(named).toEqual(["https://example.org/news/sitemap.xml", "https://example.org/news/sitemaps/news.xml"]);
  });
});
