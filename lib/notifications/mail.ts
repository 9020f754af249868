import { IntlMessageFormat } from "intl-messageformat";
import type { NotificationKind } from "./kinds";

type Words = { kinds: Record<NotificationKind, string>; by: string; open: string; mailFooter: string };

export type NotificationMail = { to: string; subject: string; text: string };

/**
 * A notification as a plain-text e-mail in the recipient's language: the
 * sentence the bell shows, who did it, and a link to the story. No HTML and
 * no tracking, as with the one-time-link mails.
 */
export function notificationMail(
  item: { kind: NotificationKind; to: { email: string }; story: { id: string; headline: string } | null; actorName: string | null },
  words: Words,
  locale: "ar" | "en",
  base: string | null,
): NotificationMail {
  const format = (message: string, values: Record<string, string>) => String(new IntlMessageFormat(message, locale).format(values));
  const headline = item.story ? `«${item.story.headline}»` : "—";
  const subject = format(words.kinds[item.kind], { headline });
  const lines = [subject];
  if (item.actorName) lines.push(format(words.by, { name: item.actorName }));
  if (item.story && base) lines.push("", format(words.open, { link: `${base}/dashboard/articles/${item.story.id}` }));
  lines.push("", "—", words.mailFooter);
  return { to: item.to.email, subject, text: `${lines.join("\n")}\n` };
}
