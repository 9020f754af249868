import ar from "@/i18n/messages/ar.json";
import en from "@/i18n/messages/en.json";
import type { NotificationMailItem } from "@/db/services/notifications";
import { env } from "@/lib/env";
import { notificationMail } from "@/lib/notifications/mail";
import { baseUrlOf } from "@/lib/site/base-url";
import { sendMail } from "./smtp";

/** Mails one queued notification in the recipient's language (Arabic when they chose none). */
export function mailNotification(item: NotificationMailItem): Promise<"sent" | "failed" | "off"> {
  const locale = item.to.locale === "en" ? "en" : "ar";
  const mail = notificationMail(item, (locale === "ar" ? ar : en).notifications, locale, baseUrlOf(env()));
  return sendMail(mail, "a notification");
}
