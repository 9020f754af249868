import { INVITATION_HOURS } from "./invitation-token";

export type LinkMail = { to: string; subject: string; text: string };

/**
 * The message that carries a one-time link, in Arabic and English (we do
 * not know yet which the person reads). Plain text only: no tracking, no
 * HTML to render.
 */
export function linkMail(person: { name: string; email: string }, link: string, purpose: "invite" | "reset"): LinkMail {
  const subject = purpose === "invite" ? "دعوة إلى غرفة الأخبار · Your newsroom invitation" : "كلمة مرور جديدة لغرفة الأخبار · A new newsroom password";
  const ar =
    purpose === "invite"
      ? `مرحبًا ${person.name}،\n\nأُضيف حسابك إلى غرفة الأخبار. عيّن كلمة مرورك من هذا الرابط:\n${link}\n\nالرابط صالح ${INVITATION_HOURS} ساعة ولاستخدام واحد.`
      : `مرحبًا ${person.name}،\n\nأُعيد تعيين كلمة مرورك. عيّن كلمة مرور جديدة من هذا الرابط:\n${link}\n\nالرابط صالح ${INVITATION_HOURS} ساعة ولاستخدام واحد.`;
  const en =
    purpose === "invite"
      ? `Hello ${person.name},\n\nYou have been added to the newsroom. Set your password here:\n${link}\n\nThe link works once, for ${INVITATION_HOURS} hours.`
      : `Hello ${person.name},\n\nYour password was reset. Set a new one here:\n${link}\n\nThe link works once, for ${INVITATION_HOURS} hours.`;
  return { to: person.email, subject, text: `${ar}\n\n—\n\n${en}\n` };
}
