import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";
import type { LinkMail } from "@/lib/people/link-mail";

let transport: Transporter | null = null;

/**
 * Mails a one-time link when SMTP is configured. A failure is reported, not
 * thrown: the admin still has the link on screen to hand over.
 */
export async function sendLinkMail(mail: LinkMail): Promise<"sent" | "failed" | "off"> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL || !SMTP_FROM) return "off";
  transport ??= nodemailer.createTransport(SMTP_URL);
  try {
    await transport.sendMail({ from: SMTP_FROM, ...mail });
    return "sent";
  } catch (error) {
    console.error(`Mailing a one-time link to ${mail.to} failed: ${error instanceof Error ? error.message : String(error)}`);
    return "failed";
  }
}
