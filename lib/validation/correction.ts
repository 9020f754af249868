import { z } from "../zod";
import { typedText } from "./text";

/** Each part of a correction: a sentence or two, not an essay. */
const CORRECTION_TEXT_MAX = 1000;

/**
 * A correction attached to the update that fixes a published story: what was
 * wrong and what is right (kept for the record), and the sentence readers see
 * at the story's foot, in the feeds and in its structured data.
 */
export const correctionSchema = z.strictObject({
  wrong: typedText({ type: "correction_wrong_required" }).trim().min(1, "correction_wrong_required").max(CORRECTION_TEXT_MAX, "correction_too_long"),
  correct: typedText({ type: "correction_correct_required" }).trim().min(1, "correction_correct_required").max(CORRECTION_TEXT_MAX, "correction_too_long"),
  publicText: typedText({ type: "correction_text_required" }).trim().min(1, "correction_text_required").max(CORRECTION_TEXT_MAX, "correction_too_long"),
});

export type CorrectionInput = z.output<typeof correctionSchema>;
