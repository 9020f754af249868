import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | null = null;

/**
 * Sends a plain-text mail when SMTP is configured. A failure is reported,
 * not thrown: what the mail says is also on the desk. Free of `server-only`,
 * so the job worker (a plain Node process) sends through it too.
 */
export async function sendMail(mail: Mail, what: string): Promise<"sent" | "failed" | "off"> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL || !SMTP_FROM) return "off";
  transport ??= nodemailer.createTransport(SMTP_URL);
  try {
    await transport.sendMail({ from: SMTP_FROM, ...mail });
    return "sent";
  } catch (error) {
    console.error(`Mailing ${what} to ${mail.to} failed: ${error instanceof Error ? error.message : String(error)}`);
    return "failed";
  }
}
