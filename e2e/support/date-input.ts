import type { Locator } from "@playwright/test";

/**
 * Types `value` (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`) into a date field
 * segment by segment, as a person does: the field shows day, month and year
 * in the locale's order, so each part goes to its own segment.
 */
export async function typeDate(field: Locator, value: string): Promise<void> {
  const [date = "", time] = value.split("T");
  const [year = "", month = "", day = ""] = date.split("-");
  const parts: [string, string][] = [
    ["day", day],
    ["month", month],
    ["year", year],
  ];
  if (time) parts.push(["hour", time.slice(0, 2)], ["minute", time.slice(3, 5)]);
  for (const [type, digits] of parts) {
    const segment = field.locator(`[data-type="${type}"]`);
    await segment.click();
    await segment.pressSequentially(digits);
  }
}

/** The value a date field sends with its form. */
export function sentValue(field: Locator, name: string): Promise<string> {
  return field.page().locator(`input[type=hidden][name="${name}"]`).inputValue();
}
