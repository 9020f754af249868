import { describe, expect, it } from "vitest";
import ar from "../../i18n/messages/ar.json";
import en from "../../i18n/messages/en.json";
import { NOTIFICATION_KINDS } from "./kinds";
import { notificationMail } from "./mail";

const item = {
  kind: "story_sent_back" as const,
  to: { email: "sara@newsroom.test" },
  story: { id: "5b0c2f6a-1111-4222-8333-944445555666", headline: "قمة الرياض" },
  actorName: "خالد عبد الله",
};

describe("notificationMail", () => {
  it("words the notification in the recipient's language, with who and a link to the story", () => {
    const mail = notificationMail(item, ar.notifications, "ar", "https://desk.example");
    expect(mail.to).toBe("sara@newsroom.test");
    expect(mail.subject).toBe("طُلبت تعديلات على القصة «قمة الرياض»");
    expect(mail.text).toContain("من خالد عبد الله");
    expect(mail.text).toContain("https://desk.example/dashboard/articles/5b0c2f6a-1111-4222-8333-944445555666");
    expect(notificationMail(item, en.notifications, "en", null).subject).toBe("Changes were requested on «قمة الرياض»");
  });

  it("has words for every kind in both languages", () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const [locale, words] of [
        ["ar", ar.notifications],
        ["en", en.notifications],
      ] as const) {
        expect(notificationMail({ ...item, kind }, words, locale, null).subject, `${locale} ${kind}`).toContain("«قمة الرياض»");
      }
    }
  });
});
