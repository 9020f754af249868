import { describe, expect, it } from "vitest";
import { deskSearchSchema, publicSearchSchema } from "./search";

const desk = deskSearchSchema("Africa/Cairo");
const readers = publicSearchSchema("Africa/Cairo");

describe("the search schemas", () => {
  it("read days on the newsroom's clock, both included", () => {
    const parsed = desk.parse({ q: "ترامب", from: "2026-11-28", to: "2026-11-28" });
    expect(parsed.from?.toISOString()).toBe("2026-11-27T22:00:00.000Z");
    expect(parsed.until?.toISOString()).toBe("2026-11-28T22:00:00.000Z");
  });

  it("default to relevance, 20 a page on the desk, and let readers send no query at all", () => {
    expect(desk.parse({ q: " ترامب " })).toMatchObject({ q: "ترامب", sort: "relevance", limit: 20 });
    expect(readers.parse({})).toMatchObject({ q: "", sort: "relevance" });
  });

  it("refuse what they do not know, on its field", () => {
    const fields = (result: { error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((issue) => issue.path.join("."));
    expect(fields(desk.safeParse({}))).toEqual(["q"]);
    expect(fields(desk.safeParse({ q: "x", page: "2" }))).toEqual([""]);
    expect(fields(desk.safeParse({ q: "x", from: "2026-05-02", to: "2026-05-01" }))).toEqual(["to"]);
    expect(fields(readers.safeParse({ q: "x".repeat(201) }))).toEqual(["q"]);
  });
});
