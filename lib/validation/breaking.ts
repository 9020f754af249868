import { z } from "../zod";
import { BREAKING_MAX_MINUTES } from "../breaking/expiry";
import { instant } from "./instant";

/** How long a story stays breaking, in minutes from now. */
export const breakingMinutes = z.coerce
  .number({ error: "breaking_minutes_invalid" })
  .int("breaking_minutes_invalid")
  .min(1, "breaking_minutes_invalid")
  .max(BREAKING_MAX_MINUTES, "breaking_minutes_invalid");

/** The lengths the desk offers, two hours (the default) among them. */
export const BREAKING_CHOICES_MINUTES = [30, 60, 120, 240, 480, 1440] as const;

/** Marking a story breaking: an end time, or a number of minutes from now, or neither (the default). */
export const breakingSchema = z
  .strictObject({ until: instant.optional(), minutes: breakingMinutes.optional() })
  .refine((v) => v.until === undefined || v.minutes === undefined, { message: "breaking_until_or_minutes", path: ["minutes"] });

export type BreakingInput = z.output<typeof breakingSchema>;
