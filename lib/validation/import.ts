import { z } from "../zod";
import { typedText } from "./text";

export const MAX_IMPORT_BYTES = 1_000_000;
const IMPORT_YEARS = { min: 1900, max: 2100 } as const;

export const importOptionsSchema = z.strictObject({
  // Refuses NUL too: PostgreSQL cannot compare text holding it, so a section lookup with one failed with a 500.
  section: typedText({ type: "section_required" }).trim().min(1, "section_required").max(100, "section_slug_unknown").optional(),
  year: z.coerce
    .number({ error: "year_not_number" })
    .int("year_not_number")
    // One check for both ends, so the refusal carries the whole range.
    .refine((year) => year >= IMPORT_YEARS.min && year <= IMPORT_YEARS.max, { message: "year_out_of_range", params: IMPORT_YEARS })
    .optional(),
  language: z.enum(["ar", "en"], { error: "language_unknown" }).optional(),
  /** Import even though a story with this headline and dateline exists (a form's checkbox sends "on"). */
  allowDuplicate: z
    .enum(["true", "on"], { error: "allow_duplicate_invalid" })
    .optional()
    .transform((v) => v !== undefined),
});

export type ImportOptions = z.output<typeof importOptionsSchema>;
