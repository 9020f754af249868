import { describe, expect, it } from "vitest";
import { TaggedStore } from "./tagged-store";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function store(maxBytes = 1_000, renderWindowMs = 60_000) {
  const c = clock();
  return { c, s: new TaggedStore<string>({ maxBytes, renderWindowMs, now: c.now }) };
}

describe("TaggedStore", () => {
  it("keeps a render and gives it back, dated when the render started", () => {
    const { c, s } = store();
    s.noteRender("home");
    c.advance(30);
    expect(s.set("home", "<html>", ["list:latest"], 10)).toBe(true);
    expect(s.get("home")).toMatchObject({ value: "<html>", lastModified: 1_000_000, tags: ["list:latest"] });
  });

  it("expiring a tag deletes exactly the entries that carry it", () => {
    const { s } = store();
    for (const [key, tags] of [
      ["a", ["story:1"]],
      ["b", ["story:1", "story:2"]],
      ["c", ["story:2"]],
    ] as const) {
      s.noteRender(key);
      s.set(key, key, tags, 1);
    }
    expect(s.expireTags(["story:1"])).toBe(2);
    expect(s.get("a")).toBeUndefined();
    expect(s.get("b")).toBeUndefined();
    expect(s.get("c")?.value).toBe("c");
  });

  it("does not keep a render that started before one of its tags was expired", () => {
    const { c, s } = store();
    s.noteRender("story");
    c.advance(5);
    s.expireTags(["story:1"]);
    c.advance(5);
    expect(s.set("story", "old text", ["story:1"], 1)).toBe(false);
    expect(s.get("story")).toBeUndefined();
  });

  it("keeps a render that started after the expiry", () => {
    const { c, s } = store();
    s.expireTags(["story:1"]);
    c.advance(1);
    s.noteRender("story");
    expect(s.set("story", "new text", ["story:1"], 1)).toBe(true);
  });

  it("counts the earliest start of a render still running, and forgets a failed one after the window", () => {
    const { c, s } = store(1_000, 1_000);
    s.noteRender("k");
    c.advance(10);
    s.expireTags(["t"]);
    s.noteRender("k");
    expect(s.set("k", "v", ["t"], 1)).toBe(false);
    s.noteRender("k");
    c.advance(2_000);
    s.expireTags(["t"]);
    c.advance(1);
    s.noteRender("k");
    expect(s.set("k", "v", ["t"], 1)).toBe(true);
  });

  it("treats a result stored without a noted start as possibly old", () => {
    const { c, s } = store();
    s.expireTags(["t"]);
    c.advance(100);
    expect(s.set("k", "v", ["t"], 1)).toBe(false);
    c.advance(60_001);
    expect(s.set("k", "v", ["t"], 1)).toBe(true);
  });

  it("marks every entry stale after the change feed was interrupted, including a render running then", () => {
    const { c, s } = store();
    s.noteRender("a");
    s.set("a", "a", ["x"], 1);
    s.noteRender("b");
    c.advance(10);
    s.markAllStale();
    c.advance(10);
    s.set("b", "b", ["y"], 1);
    s.noteRender("c");
    s.set("c", "c", ["z"], 1);
    expect(s.isStale(s.get("a")!)).toBe(true);
    expect(s.isStale(s.get("b")!)).toBe(true);
    expect(s.isStale(s.get("c")!)).toBe(false);
  });

  it("evicts the least recently used entries past its size and forgets their tags", () => {
    const { s } = store(100);
    s.noteRender("a");
    s.set("a", "a", ["t"], 60);
    s.noteRender("b");
    s.set("b", "b", ["t"], 60);
    expect(s.get("a")).toBeUndefined();
    expect(s.get("b")?.value).toBe("b");
    expect(s.expireTags(["t"])).toBe(1);
    expect(s.size).toBe(0);
  });

  it("does not keep an entry larger than the whole store", () => {
    const { s } = store(100);
    s.noteRender("huge");
    expect(s.set("huge", "x", ["t"], 500)).toBe(false);
    expect(s.expireTags(["t"])).toBe(0);
  });
});
