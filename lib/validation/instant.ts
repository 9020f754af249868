import { z } from "../zod";

/**
 * The instants a stored time (and a list cursor) can hold: years 1 to 9999 in
 * UTC. A zone can carry a valid-looking time past either end (0001-01-01 at
 * +14:00 is in year 0), which the database refuses.
 */
const [FIRST_INSTANT, LAST_INSTANT] = [Date.parse("0001-01-01T00:00:00Z"), Date.parse("9999-12-31T23:59:59.999Z")];

/** An ISO 8601 time with its offset, as a Date the database can store. */
export const instant = z.iso
  .datetime({ offset: true, error: "time_invalid" })
  .transform((v) => new Date(v))
  .refine((d) => d.getTime() >= FIRST_INSTANT && d.getTime() <= LAST_INSTANT, "time_out_of_range");
