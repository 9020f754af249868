import { describe, expect, it } from "vitest";
import { findMentions, type StaffName } from "./mentions";

const STAFF: StaffName[] = [
  { id: "s1", name: "سارة منصور", active: true },
  { id: "s2", name: "سارة", active: true },
  { id: "k", name: "Khaled Abdallah", active: true },
  { id: "x", name: "نادر سليم", active: false },
];

describe("findMentions", () => {
  it("finds each person once, the longest name that fits first", () => {
    expect(findMentions("@سارة منصور راجعي الفقرة الثانية، @سارة أيضًا. @سارة منصور", STAFF)).toEqual({ ok: true, ids: ["s1", "s2"] });
    expect(findMentions("cc @khaled abdallah: please check", STAFF)).toEqual({ ok: true, ids: ["k"] });
  });

  it("reads no mention inside an e-mail address or from a lone @", () => {
    expect(findMentions("اكتب إلى desk@newsroom.test @ الآن", STAFF)).toEqual({ ok: true, ids: [] });
  });

  it("refuses a name nobody has, and a person who is no longer active, by name", () => {
    expect(findMentions("@سامي هل تراجع؟", STAFF)).toEqual({ ok: false, reason: "mention_unknown", params: { name: "سامي" } });
    expect(findMentions("(@نادر سليم)", STAFF)).toEqual({ ok: false, reason: "mention_inactive", params: { name: "نادر سليم" } });
  });

  it("needs the whole name: a longer word is not the person", () => {
    expect(findMentions("@سارةك", STAFF)).toEqual({ ok: false, reason: "mention_unknown", params: { name: "سارةك" } });
  });
});
