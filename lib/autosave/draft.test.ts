import { describe, expect, it } from "vitest";
import { backupKey, clearBackup, readBackup, sameDraft, writeBackup, type StoryDraft } from "./draft";

function memoryStore(options: { full?: boolean } = {}) {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (options.full) throw new DOMException("quota", "QuotaExceededError");
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

const draft: StoryDraft = {
  headline: "عنوان",
  dek: "",
  section: "world",
  language: "ar",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "نص" }] }] },
};

describe("draft backups", () => {
  it("round-trips a copy and clears it", () => {
    const store = memoryStore();
    const key = backupKey("abc");
    expect(writeBackup(store, key, { version: 3, savedAt: "2026-11-28T10:00:00Z", draft })).toBe(true);
    expect(readBackup(store, key)).toEqual({ version: 3, savedAt: "2026-11-28T10:00:00Z", draft });
    clearBackup(store, key);
    expect(readBackup(store, key)).toBeNull();
  });

  it("ignores a damaged or foreign value instead of crashing the editor", () => {
    const store = memoryStore();
    store.data.set(backupKey("x"), "{not json");
    store.data.set(backupKey("y"), JSON.stringify({ version: "3", draft: {} }));
    expect(readBackup(store, backupKey("x"))).toBeNull();
    expect(readBackup(store, backupKey("y"))).toBeNull();
  });

  it("says when the browser refuses to keep the copy", () => {
    expect(writeBackup(memoryStore({ full: true }), backupKey(null), { version: 0, savedAt: "", draft })).toBe(false);
  });

  it("compares drafts by content, not by attribute order", () => {
    const reordered = { ...draft, body: JSON.parse('{"content":[{"content":[{"text":"نص","type":"text"}],"type":"paragraph"}],"type":"doc"}') };
    expect(sameDraft(draft, reordered)).toBe(true);
    expect(sameDraft(draft, { ...draft, dek: "ملخص" })).toBe(false);
  });
});
