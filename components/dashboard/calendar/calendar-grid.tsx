"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, type DragEvent } from "react";
import { useRefusalText } from "@/components/ui/refusal-text";
import { movedTo, wallClockOf, type CalendarView } from "@/lib/calendar/grid";
import type { Refusal } from "@/lib/errors";

export type CalendarItem = {
  id: string;
  headline: string;
  language: string;
  version: number;
  kind: "deadline" | "publish";
  at: string;
  section: string;
  authors: string;
};

type Slot = { day: string; hour?: number };
type Outcome = { tone: "status" | "alert"; text: string } | null;

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const DRAG_TYPE = "application/x-newsroom-story";

/**
 * The calendar's grid: days (a month) or days by hour (a week), each a slot
 * a scheduled story can be dropped on. A drop asks the workflow API for the
 * "reschedule" step, which applies the same rules and audit as the story
 * page; the answer, good or bad, is said in words.
 */
export function CalendarGrid({
  view,
  days,
  today,
  month,
  zone,
  items,
  canReschedule,
}: {
  view: CalendarView;
  days: string[];
  today: string;
  /** The month a month view is of (`YYYY-MM`); its other days are shown dimmed. */
  month: string;
  zone: string;
  items: CalendarItem[];
  canReschedule: boolean;
}) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const refusalText = useRefusalText();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const placed = items.map((item) => ({ item, at: wallClockOf(new Date(item.at), zone) }));
  const inSlot = (slot: Slot) => placed.filter(({ at }) => at.day === slot.day && (slot.hour === undefined || at.hour === slot.hour)).map(({ item }) => item);

  const reschedule = async (id: string, slot: Slot) => {
    const item = items.find((i) => i.id === id && i.kind === "publish");
    if (!item || busy) return;
    const publishAt = movedTo(new Date(item.at), slot, zone);
    if (publishAt.getTime() === new Date(item.at).getTime()) return;
    setBusy(true);
    setOutcome({ tone: "status", text: t("moving") });
    try {
      const response = await fetch(`/api/v1/articles/${id}/transitions`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ to: "scheduled", version: item.version, publishAt: publishAt.toISOString() }),
      });
      if (response.ok) {
        setOutcome({ tone: "status", text: t("moved", { time: format.dateTime(publishAt, { dateStyle: "medium", timeStyle: "short" }) }) });
        router.refresh();
      } else {
        const body = (await response.json().catch(() => ({}))) as { error?: Refusal };
        const refusal = body.error?.reason ? { reason: body.error.reason, params: body.error.params } : { reason: "invalid_request" };
        setOutcome({ tone: "alert", text: t("failed", { message: refusalText(refusal) ?? "" }) });
      }
    } catch {
      setOutcome({ tone: "alert", text: t("failed", { message: refusalText({ reason: "network_failed" }) ?? "" }) });
    } finally {
      setBusy(false);
    }
  };

  const dropTarget = (slot: Slot) => ({
    "data-slot": slot.hour === undefined ? slot.day : `${slot.day}T${String(slot.hour).padStart(2, "0")}`,
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const id = event.dataTransfer.getData(DRAG_TYPE);
      if (id) void reschedule(id, slot);
    },
  });

  const chip = (item: CalendarItem) => {
    const movable = canReschedule && item.kind === "publish";
    return (
      <li
        key={`${item.kind}-${item.id}`}
        data-entry={item.kind}
        data-story={item.id}
        draggable={movable}
        title={movable ? t("dragHint") : undefined}
        onDragStart={(event) => {
          event.dataTransfer.setData(DRAG_TYPE, item.id);
          event.dataTransfer.effectAllowed = "move";
        }}
        className={`rounded border-s-4 px-1.5 py-0.5 text-xs ${item.kind === "publish" ? "border-emerald-600 bg-emerald-50" : "border-amber-600 bg-amber-50"} ${movable ? "cursor-grab" : ""}`}
      >
        <span className="font-semibold">
          <time dateTime={item.at}>{format.dateTime(new Date(item.at), { timeStyle: "short" })}</time> · {t(item.kind)}
        </span>{" "}
        <Link href={`/dashboard/articles/${item.id}`} lang={item.language} dir="auto" className="block hover:underline" draggable={false}>
          {item.headline}
        </Link>
        <span className="block text-stone-600">
          <bdi>{item.section}</bdi>
          {item.authors && <> · {item.authors}</>}
        </span>
      </li>
    );
  };

  const dayLabel = (day: string, style: "long" | "short") =>
    new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: style, day: "numeric", ...(style === "long" ? { month: "long" } : {}) }).format(
      new Date(`${day}T12:00:00Z`),
    );

  return (
    <div className="space-y-2">
      <p
        role={outcome?.tone === "alert" ? "alert" : "status"}
        aria-live="polite"
        className={`min-h-6 text-sm ${outcome?.tone === "alert" ? "text-accent" : "text-stone-700"}`}
      >
        {outcome?.text}
      </p>
      {view === "month" ? (
        <div className="grid grid-cols-7 gap-px overflow-hidden rounded border border-stone-200 bg-stone-200" data-testid="calendar-month">
          {days.map((day) => (
            <section
              key={day}
              aria-label={dayLabel(day, "long")}
              {...dropTarget({ day })}
              className={`min-h-28 bg-white p-1 ${day.startsWith(month) ? "" : "bg-stone-50 text-stone-500"} ${day === today ? "ring-2 ring-inset ring-accent" : ""}`}
            >
              <h3 className="text-xs font-semibold">{dayLabel(day, "short")}</h3>
              <ul className="mt-1 space-y-1">{inSlot({ day }).map(chip)}</ul>
            </section>
          ))}
        </div>
      ) : (
        <div className="overflow-x-auto rounded border border-stone-200 bg-white" data-testid="calendar-week">
          <table className="w-full min-w-[56rem] table-fixed border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="w-16" />
                {days.map((day) => (
                  <th key={day} scope="col" className={`border-b border-stone-200 p-1 text-start ${day === today ? "text-accent" : ""}`}>
                    {dayLabel(day, "long")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {HOURS.map((hour) => (
                <tr key={hour} className="border-b border-stone-100 align-top">
                  <th scope="row" className="p-1 text-end text-xs font-normal text-stone-500">
                    {format.dateTime(new Date(Date.UTC(2026, 0, 1, hour)), { timeZone: "UTC", hour: "numeric" })}
                  </th>
                  {days.map((day) => (
                    <td key={day} {...dropTarget({ day, hour })} className="h-10 border-s border-stone-100 p-0.5">
                      <ul className="space-y-1">{inSlot({ day, hour }).map(chip)}</ul>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length === 0 && <p className="text-stone-600">{t("none")}</p>}
    </div>
  );
}
