import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CalendarGrid, type CalendarItem } from "@/components/dashboard/calendar/calendar-grid";
import { FilterSelect } from "@/components/dashboard/filter-select";
import { getDb } from "@/db";
import { listSections } from "@/db/queries/articles";
import { listPeopleNames } from "@/db/queries/users";
import { listCalendar, type CalendarEntry } from "@/db/services/calendar";
import { calendarDays, shiftAnchor, wallClockOf, weekStart } from "@/lib/calendar/grid";
import { env } from "@/lib/env";
import { fieldErrorsOf } from "@/lib/errors";
import { toActor } from "@/lib/authz/roles";
import { can } from "@/lib/authz/can";
import { joinNames } from "@/lib/i18n/names";
import { sectionName } from "@/lib/i18n/section-name";
import { zoneName } from "@/lib/time/zoned";
import { calendarPageSchema } from "@/lib/validation/calendar";
import { startOfDay } from "@/lib/validation/day-range";
import { pageRefusalText } from "@/server/i18n/refusal-page-text";
import { requireUser } from "@/server/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("title") };
}

const PARAMS = ["view", "date", "section", "person"] as const;

/** Deadlines and scheduled publications by week or month, with the stories past their deadline. */
export default async function CalendarPage({ searchParams }: Props) {
  const user = await requireUser();
  const actor = toActor(user);
  const raw = await searchParams;
  const given = Object.fromEntries(PARAMS.flatMap((p) => (typeof raw[p] === "string" && raw[p] ? [[p, raw[p]]] : [])));
  const parsed = calendarPageSchema.safeParse(given);
  // A bad parameter is named under the filters; the calendar shows this week meanwhile.
  const page = parsed.success ? parsed.data : calendarPageSchema.parse({});
  const zone = env().NEWSROOM_TIMEZONE;
  const today = wallClockOf(new Date(), zone).day;
  // A week starts on Saturday unless a first day is asked for; a month is the anchor's.
  const anchor = page.date ?? (page.view === "week" ? weekStart(today) : today);
  const days = calendarDays(page.view, anchor);
  const [t, format, locale, sections, people, refusal] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    getLocale(),
    listSections(getDb()),
    listPeopleNames(getDb()),
    pageRefusalText(),
  ]);
  const listed = await listCalendar(getDb(), actor, {
    from: startOfDay(days[0]!, zone)!,
    until: startOfDay(days.at(-1)!, zone, 1)!,
    section: page.section,
    person: page.person,
  });
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  const item = (entry: CalendarEntry): CalendarItem => ({
    id: entry.id,
    headline: entry.headline,
    language: entry.language,
    version: entry.version,
    kind: entry.kind,
    at: entry.at.toISOString(),
    section: sectionName(entry.section, locale),
    authors: joinNames(entry.authors, locale),
  });
  const link = (change: Record<string, string>) => {
    const next = new URLSearchParams({ ...given, view: page.view, date: anchor, ...change });
    return `/dashboard/calendar?${next}`;
  };
  const dayText = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { timeZone: "UTC", dateStyle: "medium" });
  const overdue = listed.ok ? listed.data.overdue : [];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-600">{t("range", { from: dayText(days[0]!), to: dayText(days.at(-1)!) })}</p>
      </div>
      <p className="text-sm text-stone-600">{t("intro", { zone: zoneName(zone, locale) })}</p>
      <nav aria-label={t("title")} className="flex flex-wrap items-center gap-2">
        {(["week", "month"] as const).map((view) => (
          <Link
            key={view}
            href={link({ view })}
            aria-current={page.view === view ? "page" : undefined}
            className="rounded border border-stone-300 px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-white"
          >
            {t(view)}
          </Link>
        ))}
        <span className="mx-2" />
        <Link href={link({ date: shiftAnchor(page.view, anchor, -1) })} className="rounded border border-stone-300 px-3 py-1">
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            ←
          </span>{" "}
          {t("previous")}
        </Link>
        <Link href={link({ date: page.view === "week" ? weekStart(today) : today })} className="rounded border border-stone-300 px-3 py-1">
          {t("today")}
        </Link>
        <Link href={link({ date: shiftAnchor(page.view, anchor, 1) })} className="rounded border border-stone-300 px-3 py-1">
          {t("next")}{" "}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </Link>
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3">
        <input type="hidden" name="view" value={page.view} />
        <input type="hidden" name="date" value={anchor} />
        <FilterSelect
          name="section"
          label={t("section")}
          value={page.section ?? ""}
          any={t("any")}
          invalid={Boolean(errors.section)}
          names
          options={sections.map((s) => ({ value: s.slug, label: sectionName(s, locale) }))}
        />
        <FilterSelect
          name="person"
          names
          label={t("person")}
          value={page.person ?? ""}
          any={t("any")}
          invalid={Boolean(errors.person)}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
        <button type="submit" className="rounded bg-ink px-4 py-1.5 font-semibold text-white">
          {t("apply")}
        </button>
      </form>
      {(Object.keys(errors).length > 0 || !listed.ok) && (
        <ul role="alert" className="rounded border-s-4 border-accent bg-accent-soft px-4 py-2 text-accent">
          {Object.entries(errors).map(([field, why]) => (
            <li key={field}>{refusal(why)}</li>
          ))}
          {!listed.ok && <li>{refusal(listed)}</li>}
        </ul>
      )}
      <CalendarGrid
        view={page.view}
        days={days}
        today={today}
        month={anchor.slice(0, 7)}
        zone={zone}
        items={listed.ok ? listed.data.entries.map(item) : []}
        canReschedule={can.assignStory(actor)}
      />
      <section aria-labelledby="overdue-heading" className="space-y-2">
        <h2 id="overdue-heading" className="text-lg font-semibold">
          {t("overdue")}
        </h2>
        {overdue.length === 0 ? (
          <p className="text-stone-600">{t("overdueNone")}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white" data-testid="overdue">
            {overdue.map((entry) => (
              <li key={entry.id} className="flex flex-wrap items-baseline gap-2 px-3 py-2">
                <Link href={`/dashboard/articles/${entry.id}`} lang={entry.language} dir="auto" className="font-semibold hover:underline">
                  {entry.headline}
                </Link>
                <span className="text-sm text-accent">
                  <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, "minute")}</time>
                </span>
                <span className="text-sm text-stone-600">
                  <bdi>{sectionName(entry.section, locale)}</bdi>
                  {entry.authors.length > 0 && <> · {joinNames(entry.authors, locale)}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
