import { z } from "../zod";
import { HOME_PIN_MAX_MINUTES, HOME_SLOT_COUNT } from "../home/lineup";

/** A place on the home page: 1 is the lead. */
export const homeSlot = z.coerce
  .number({ error: "home_slot_invalid" })
  .int("home_slot_invalid")
  .min(1, "home_slot_invalid")
  .max(HOME_SLOT_COUNT, "home_slot_invalid");

/** How long the pin holds, in minutes from now. */
export const homePinMinutes = z.coerce
  .number({ error: "home_minutes_invalid" })
  .int("home_minutes_invalid")
  .min(1, "home_minutes_invalid")
  .max(HOME_PIN_MAX_MINUTES, "home_minutes_invalid");

/** Pinning a story to the home page: its slot, and for how long (the default when not said). */
export const homePinSchema = z.strictObject({ slot: homeSlot, minutes: homePinMinutes.optional() });

export type HomePinInput = z.output<typeof homePinSchema>;
