import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { AuditValue } from "@/lib/audit/describe";
import { isLocale } from "@/lib/i18n/locale";
import { ROLES } from "@/lib/authz/roles";
import { ARTICLE_STATUSES } from "@/lib/workflow/states";

const known = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value);

/**
 * One before/after value of the audit log in the reader's words: codes
 * translated, times in the reader's locale, people by name, and what
 * someone typed isolated so its direction cannot reorder the sentence.
 */
export async function AuditValueText({
  value,
  people,
  sections,
}: {
  value: AuditValue;
  people: Record<string, string>;
  /** Section names in the reader's language, by slug. */
  sections: Record<string, string>;
}) {
  const [t, statuses, roles, languages, format, locale] = await Promise.all([
    getTranslations("audit.values"),
    getTranslations("articles.status"),
    getTranslations("roles"),
    getTranslations("articles.languages"),
    getFormatter(),
    getLocale(),
  ]);
  const raw = (text: string) => <bdi>{text}</bdi>;
  switch (value.kind) {
    case "none":
      return <span>—</span>;
    case "text":
      return raw(value.text);
    case "list":
      return (
        <span>
          {value.items.map((item, i) => (
            <span key={i}>
              {i > 0 && (locale === "ar" ? "، " : ", ")}
              {raw(item)}
            </span>
          ))}
        </span>
      );
    case "time":
      return <time dateTime={value.at}>{format.dateTime(new Date(value.at), "minute")}</time>;
    case "number":
      return <span>{format.number(value.value)}</span>;
    case "yesNo":
      return <span>{t(value.value ? "yes" : "no")}</span>;
    case "person":
      return people[value.id] ? raw(people[value.id]!) : <span>—</span>;
    case "section":
      return raw(sections[value.slug] ?? value.slug);
    case "term": {
      const v = value.value;
      if (value.term === "status" && known(ARTICLE_STATUSES, v)) return <span>{statuses(v)}</span>;
      if (value.term === "role" && known(ROLES, v)) return <span>{roles(v)}</span>;
      if (value.term === "language" && isLocale(v)) return <span>{languages(v)}</span>;
      if (value.term === "via" && (v === "invite" || v === "reset")) return <span>{t(`via.${v}`)}</span>;
      if (value.term === "signIn" && known(["unknown_email", "inactive", "wrong_password"] as const, v)) return <span>{t(`signIn.${v}`)}</span>;
      return raw(v);
    }
  }
}
