import { describe, expect, it } from "vitest";
import { paragraph, relatedStory } from "../richtext/build";
import type { RichTextDocument } from "../richtext/schema";
import { searchDocumentText } from "./document";

const doc = (...content: RichTextDocument["content"]): RichTextDocument => ({ type: "doc", content });

describe("searchDocumentText", () => {
  it("gives each part through the search text", () => {
    const text = searchDocumentText({
      headline: "إعادة انتخاب ترامب",
      dek: "«كامبريدج أناليتيكا» تعود",
      body: doc(paragraph("الحملة الانتخابية عام ٢٠٢٠")),
    });
    expect(text.headline).toBe("اعاده انتخاب ترامب");
    expect(text.dek).toBe("«كامبريدج اناليتيكا» تعود");
    expect(text.body).toBe("حمله انتخابيه عام 2020");
  });

  it("leaves the related-story blocks out: they name other stories", () => {
    const text = searchDocumentText({ headline: "خبر", dek: null, body: doc(paragraph("نص الخبر"), relatedStory("فضيحة فيسبوك")) });
    expect(text.body).toBe("نص خبر");
    expect(text.words).not.toContain("فضيحه");
  });

  it("lists the distinct words long enough to be misspelt, sorted, digits alone left out", () => {
    const text = searchDocumentText({ headline: "Data Propria data", dek: "", body: doc(paragraph("الحملة حملة في 2020 ab12")) });
    expect(text.words).toEqual(["ab12", "data", "propria", "حمله"]);
  });
});
