import { describe, expect, it } from "vitest";
import { readableAddress, refuseAtEdge, SERVER_ACTION_BODY_LIMIT, type EdgeRequest } from "./request-guard";

const post = (over: Partial<EdgeRequest> = {}): EdgeRequest => ({
  method: "POST",
  path: "/api/v1/articles",
  search: "",
  host: "news.example",
  origin: "https://news.example",
  secFetchSite: "same-origin",
  contentLength: null,
  serverAction: false,
  ...over,
});

describe("readable addresses", () => {
  it.each([
    ["/world/%00", ""],
    ["/%00/x", ""],
    ["/world/a%0Ab", ""],
    ["/world/%7F", ""],
    ["/world/%C2%85", ""],
    ["/world/%E0%A4%A", ""],
    ["/world/x", "?section=wor%00ld"],
    ["/world/x", "?a%01=1"],
    ["/world/x", "?q=%ZZ"],
  ])("%s%s is refused", (path, search) => {
    expect(readableAddress(path, search)).toBe(false);
    expect(refuseAtEdge(post({ method: "GET", path, search }))).toEqual({ status: 400, reason: "unreadable_address" });
  });

  it.each([
    ["/world/%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85", "?q=%D8%AA%D8%B1%D8%A7%D9%85%D8%A8+%D8%A7&page=2"],
    ["/", ""],
    ["/api/v1/articles", "?q=100%25"],
    ["/world/x", "?q=a+b&empty=&flag"],
  ])("%s%s goes through", (path, search) => {
    expect(readableAddress(path, search)).toBe(true);
  });
});

describe("state-changing requests", () => {
  it("from our own pages go through", () => {
    expect(refuseAtEdge(post())).toBeNull();
    expect(refuseAtEdge(post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", secFetchSite: null }))).toBeNull();
  });

  it("from a script (no Origin, no Sec-Fetch-Site) go through", () => {
    expect(refuseAtEdge(post({ origin: null, secFetchSite: null }))).toBeNull();
  });

  it.each([
    ["another site", { origin: "https://evil.example" }],
    ["a null origin", { origin: "null" }],
    ["another port of the same host", { origin: "https://news.example:8443" }],
    ["a sibling subdomain", { origin: "https://blog.news.example", secFetchSite: "same-site" }],
    ["a cross-site fetch without Origin", { origin: null, secFetchSite: "cross-site" }],
    ["a same-site fetch without Origin", { origin: null, secFetchSite: "same-site" }],
    ["an unparseable origin", { origin: "::::" }],
  ])("from %s are refused", (_, over) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(refuseAtEdge(post({ method, ...over }))).toEqual({ status: 403, reason: "cross_site" });
    }
  });

  it("reads are never refused for where they came from: readers arrive from other sites", () => {
    expect(refuseAtEdge(post({ method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" }))).toBeNull();
  });

  it("a Server Action body past the limit is refused before it is read", () => {
    expect(refuseAtEdge(post({ serverAction: true, contentLength: String(5 * 1024 * 1024) }))).toEqual({ status: 413, reason: "body_too_large" });
    expect(refuseAtEdge(post({ serverAction: true, contentLength: String(SERVER_ACTION_BODY_LIMIT) }))).toBeNull();
  });

  it("a Server Action body of unstated length (chunked) is refused: its size could not be checked first", () => {
    expect(refuseAtEdge(post({ serverAction: true, contentLength: null }))).toEqual({ status: 411, reason: "length_required" });
    expect(refuseAtEdge(post({ serverAction: false, contentLength: null }))).toBeNull();
  });
});
