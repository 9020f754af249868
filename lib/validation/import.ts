import { z } from "../zod";
import { typedText } from "./text";

export const MAX_IMPORT_BYTES = 1_000_000;

export const importOptionsSchema = z.strictObject({
  // Refuses NUL too: PostgreSQL cannot compare text holding it, so a section lookup with one failed with a 500.
  section: typedText({ type: "Choose a section." }).trim().min(1, "Choose a section.").max(100, "Unknown section.").optional(),
  year: z.coerce
    .number({ error: "The year must be a number such as 2018." })
    .int("The year must be a number such as 2018.")
    .min(1900, "The year must be between 1900 and 2100.")
    .max(2100, "The year must be between 1900 and 2100.")
    .optional(),
  language: z.enum(["ar", "en"], { error: "Language must be ar or en." }).optional(),
});

export type ImportOptions = z.output<typeof importOptionsSchema>;
