import { describe, expect, it } from "vitest";
import { createArticleSchema, noteSchema, transitionSchema, updateArticleSchema } from "./article";
import { newPersonSchema, personChangeSchema } from "./people";
import { profileSchema } from "./profile";
import { newSectionSchema } from "./sections";
import { refusalOf } from "../errors";
import { oneOf, pageLimit, typedText } from "./text";

const RLO = "\u202E";
const [LRI, PDI] = ["\u2066", "\u2069"];
const story = { section: "world", language: "ar", bodyText: "نص الخبر." };

describe("typedText", () => {
  it("removes an unpaired right-to-left override before the field's own rules see the text", () => {
    expect(typedText().trim().min(1).parse(`${RLO}  evil`)).toBe("evil");
    expect(typedText().trim().min(1).safeParse(RLO).success).toBe(false);
  });

  it("still refuses the NUL character", () => {
    expect(typedText().safeParse(`a\u0000${RLO}`).error?.issues[0]?.message).toBe("text_has_nul");
  });
});

describe("pageLimit", () => {
  const limit = pageLimit(100, 25);

  it("takes a whole number from 1 to the maximum, from a query string too, and the default when absent", () => {
    expect(limit.parse(undefined)).toBe(25);
    expect(limit.parse("7")).toBe(7);
    expect(limit.parse(100)).toBe(100);
  });

  it.each(["0", "101", "2.5", "abc", "", null])("refuses %j with the whole range", (value) => {
    expect(limit.safeParse(value).error?.issues.map(refusalOf)).toEqual([{ reason: "limit_out_of_range", params: { min: 1, max: 100 } }]);
  });
});

describe("oneOf", () => {
  const direction = oneOf(["up", "down"], "direction_unknown");

  it("takes one of its values and refuses anything else, listing them", () => {
    expect(direction.parse("up")).toBe("up");
    for (const value of ["left", 1, undefined]) {
      expect(direction.safeParse(value).error?.issues.map(refusalOf)).toEqual([{ reason: "direction_unknown", params: { options: "up, down" } }]);
    }
  });

  it("refuses half of a surrogate pair on its own, which a JSON body can spell and the database cannot store", () => {
    for (const broken of ["a\ud800", "\udc00b", "\ude00\ud83d"]) {
      expect(typedText().safeParse(broken).error?.issues[0]?.message).toBe("text_has_lone_surrogate");
    }
    expect(typedText().parse("خبر 😀")).toBe("خبر 😀");
  });
});

describe("user text fields drop unpaired bidi controls", () => {
  it("in a new story's headline and summary", () => {
    const parsed = createArticleSchema.parse({ ...story, headline: `${RLO}evil ترامب`, dek: `ملخص ${RLO}` });
    expect(parsed).toMatchObject({ headline: "evil ترامب", dek: "ملخص" });
  });

  it("in a headline changed later, keeping an isolate the editor closed", () => {
    const headline = `أعلنت ${LRI}Cambridge Analytica${PDI} إفلاسها`;
    expect(updateArticleSchema.parse({ version: 1, headline: `${headline}${RLO}` }).headline).toBe(headline);
  });

  it("refuses a headline that is nothing but a control, as an empty one", () => {
    const result = createArticleSchema.safeParse({ ...story, headline: RLO });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["headline", "headline_required"]]);
  });

  it("in the body typed as text, line by line", () => {
    const parsed = createArticleSchema.parse({ ...story, headline: "عنوان", bodyText: `${RLO}الفقرة الأولى.\n\nالثانية ${LRI}BBC${PDI}.` });
    expect(JSON.stringify(parsed.body)).not.toContain(RLO);
    expect(JSON.stringify(parsed.body)).toContain(`${LRI}BBC${PDI}`);
  });

  it("in notes, reasons, section names and people's names", () => {
    expect(noteSchema.parse({ body: `${RLO}راجع الأرقام` }).body).toBe("راجع الأرقام");
    expect(transitionSchema.parse({ to: "draft", version: 2, reason: `${RLO}أعد الصياغة` }).reason).toBe("أعد الصياغة");
    expect(newSectionSchema.parse({ slug: `${RLO}tech`, nameAr: `${RLO}تقنية`, nameEn: "Tech" })).toEqual({ slug: "tech", nameAr: "تقنية", nameEn: "Tech" });
    expect(newPersonSchema.parse({ name: `${RLO}سارة`, email: "sara@example.test", role: "reporter" }).name).toBe("سارة");
    expect(personChangeSchema.parse({ name: `Sara${RLO}` }).name).toBe("Sara");
    expect(profileSchema.parse({ name: `${RLO}سارة منصور`, locale: "" }).name).toBe("سارة منصور");
  });
});
