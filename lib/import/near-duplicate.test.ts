import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nearlySameText, probeQuery } from "./near-duplicate";
import { parseWireText } from "./wire-text";

const wire = readFileSync(new URL("../../db/seed/article-ar-wire.txt", import.meta.url), "utf8");
const parsed = parseWireText(wire, [{ slug: "world", names: ["عالم", "World"] }]);
if (!parsed.ok) throw new Error(parsed.code);
const paragraphs = parsed.story.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const body = paragraphs.join("\n");

describe("nearlySameText", () => {
  it("takes the same copy sent again as the same: letter forms, marks and an added paragraph aside", () => {
    const resent = `${body.replaceAll("أ", "ا").replaceAll("ة", "ه")}\nوأضافت الوكالة في تحديث لاحق أن الشركة لم ترد على طلب للتعليق.`;
    expect(nearlySameText(body, resent)).toBe(true);
    expect(nearlySameText(body, paragraphs.slice(0, -1).join("\n"))).toBe(true);
  });

  it("tells apart a different story on the same subject, and a text too short to judge", () => {
    const other =
      "قال مسؤولون في حملة ترامب إن الحملة لم تتعاقد مع أي شركة لتحليل البيانات هذا العام، وإنها تعتمد على فريقها الداخلي في إدارة الإعلانات على فيسبوك وغيره من المنصات.";
    expect(nearlySameText(body, other)).toBe(false);
    expect(nearlySameText(body, paragraphs.slice(0, 2).join("\n"))).toBe(false);
    expect(nearlySameText("خبر قصير جدا", "خبر قصير جدا")).toBe(false);
  });
});

describe("probeQuery", () => {
  it("asks for a few word pairs spread over the text, as quoted phrases", () => {
    const query = probeQuery(body)!;
    const phrases = query.split(" or ");
    expect(phrases.length).toBe(8);
    for (const phrase of phrases) expect(phrase).toMatch(/^"\p{L}{3,} \p{L}{3,}"$/u);
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it("asks nothing of a text too short to tell", () => {
    expect(probeQuery("خبر قصير")).toBeNull();
  });
});
