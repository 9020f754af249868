import "server-only";
import type { LinkMail } from "@/lib/people/link-mail";
import { sendMail } from "./smtp";

/** Mails a one-time link when SMTP is configured; the admin still has the link on screen to hand over. */
export function sendLinkMail(mail: LinkMail): Promise<"sent" | "failed" | "off"> {
  return sendMail(mail, "a one-time link");
}
