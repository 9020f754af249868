import "server-only";
import type { IssuedLink } from "@/db/services/people";
import { linkMail } from "@/lib/people/link-mail";
import { sendLinkMail } from "@/server/mail/send-link";
import { ownOrigin } from "@/server/own-host";

export type DeliveredLink = { link: string; mailed: "sent" | "failed" | "off" };

/**
 * A new invitation or reset link, on the host the admin is using, mailed to
 * the person when SMTP is configured. The admin's form and the API both hand
 * out links this way.
 */
export async function deliverLink(headers: Headers, issued: IssuedLink, purpose: "invite" | "reset"): Promise<DeliveredLink> {
  const link = `${ownOrigin(headers)}/invite/${issued.token}`;
  return { link, mailed: await sendLinkMail(linkMail(issued, link, purpose)) };
}
