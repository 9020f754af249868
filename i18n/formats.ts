import type { Formats } from "next-intl";

/**
 * The desk's ways of writing a moment, by name: `format.dateTime(d, "minute")`.
 * Kept in one place so the same kind of moment reads the same on every
 * screen; the time zone is the newsroom's (i18n/request.ts). The public
 * site writes its datelines with lib/time/format.ts instead.
 */
export const formats = {
  dateTime: {
    /** When something happened or is due, to the minute: the desk's queues, a story's page, sign-ins. */
    minute: { dateStyle: "medium", timeStyle: "short" },
    /** To the second, where events follow each other closely: the audit log, a story's history. */
    second: { dateStyle: "medium", timeStyle: "medium" },
    /** Short enough for a table cell: the list of stories. */
    compact: { dateStyle: "short", timeStyle: "short" },
  },
} as const satisfies Formats;
