"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { parseDate, parseDateTime, type CalendarDate, type CalendarDateTime } from "@internationalized/date";
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput as SegmentedInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Popover,
} from "react-aria-components";
import { isLocale } from "@/lib/i18n/locale";
import { INTL_LOCALE } from "@/lib/time/format";
import type { FieldControl } from "./field";

type Props = {
  /** What the surrounding Field hands its control. */
  control: FieldControl;
  name: string;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with `withTime`: what the server sent or the person typed. */
  defaultValue?: string;
  withTime?: boolean;
};

type Picked = CalendarDate | CalendarDateTime;

function parse(value: string | undefined, withTime: boolean): Picked | null {
  if (!value) return null;
  try {
    return withTime ? parseDateTime(value) : parseDate(value);
  } catch {
    return null;
  }
}

/** The value the form sends: what a native `date` / `datetime-local` input would, so the server's parsing is one. */
function formValue(value: Picked | null, withTime: boolean): string {
  if (!value) return "";
  return withTime ? value.toString().slice(0, 16) : value.toString().slice(0, 10);
}

/**
 * A date (and time) field that speaks the desk's language: day, month and year
 * in the order and words of the reader's locale, a 24-hour clock, and a
 * calendar to pick from. Browsers' own date inputs follow the browser's
 * language instead (mm/dd/yyyy in an English Chromium on an Arabic desk).
 */
export function DateInput(props: Props) {
  // React resets a form after its action, and the picker then goes back to the value it started
  // with: started again from what the server sent back, it keeps what the person typed.
  return <Picker key={props.defaultValue ?? ""} {...props} />;
}

function Picker({ control, name, defaultValue, withTime = false }: Props) {
  const locale = useLocale();
  const t = useTranslations("dateInput");
  const [value, setValue] = useState<Picked | null>(() => parse(defaultValue, withTime));
  return (
    <I18nProvider locale={INTL_LOCALE[isLocale(locale) ? locale : "ar"]}>
      <DatePicker<Picked>
        id={control.id}
        value={value}
        onChange={setValue}
        granularity={withTime ? "minute" : "day"}
        hourCycle={24}
        shouldForceLeadingZeros
        isInvalid={control["aria-invalid"]}
        // The server's message marks it invalid; "native" would also make the browser refuse to send the form again.
        validationBehavior="aria"
        aria-labelledby={`${control.id}-label`}
        aria-describedby={control["aria-describedby"]}
        className="w-fit"
      >
        <Group className={`${control.className} flex w-fit items-center gap-2`}>
          <SegmentedInput className="flex tabular-nums">
            {(segment) => (
              <DateSegment
                segment={segment}
                className="rounded-sm px-0.5 caret-transparent outline-none focus:bg-ink focus:text-white data-[placeholder]:text-stone-500"
              />
            )}
          </SegmentedInput>
          <Button aria-label={t("open")} className="rounded px-1 text-stone-600 hover:bg-stone-100 data-[focus-visible]:outline data-[focus-visible]:outline-2">
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
              <rect x="3" y="4.5" width="14" height="12.5" rx="1.5" />
              <path d="M3 8.5h14M7 3v3M13 3v3" />
            </svg>
          </Button>
        </Group>
        <Popover className="rounded border border-stone-300 bg-white p-3 shadow-lg">
          <Dialog aria-label={t("calendar")} className="outline-none">
            <Calendar<Picked>>
              <header className="mb-2 flex items-center justify-between gap-2">
                <Button slot="previous" aria-label={t("previous")} className="rounded px-2 hover:bg-stone-100">
                  <span aria-hidden="true" className="inline-block ltr:rotate-180">
                    ›
                  </span>
                </Button>
                <Heading className="font-semibold" />
                <Button slot="next" aria-label={t("next")} className="rounded px-2 hover:bg-stone-100">
                  <span aria-hidden="true" className="inline-block ltr:rotate-180">
                    ‹
                  </span>
                </Button>
              </header>
              <CalendarGrid className="tabular-nums">
                {(date) => (
                  <CalendarCell
                    date={date}
                    className="size-8 rounded text-center leading-8 outline-none hover:bg-stone-100 data-[focus-visible]:outline-2 data-[outside-month]:hidden data-[selected]:bg-ink data-[selected]:text-white"
                  />
                )}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
      <input type="hidden" name={name} value={formValue(value, withTime)} />
    </I18nProvider>
  );
}
