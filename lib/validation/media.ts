import { z } from "../zod";
import { cursorParam } from "../pagination/cursor";
import { dayField, dayRange } from "./day-range";
import { oneOf, pageLimit, typedText } from "./text";

const ALT_MAX = 500;
const CAPTION_MAX = 1000;
const CREDIT_MAX = 200;
const USAGE_NOTE_MAX = 1000;

const alt = typedText({ type: "media_alt_not_text" }).trim().max(ALT_MAX, "media_alt_too_long");
const caption = typedText({ type: "media_caption_not_text" }).trim().max(CAPTION_MAX, "media_caption_too_long");
// Rights are what a newsroom forgets second most: no picture comes in without saying whose it is.
const credit = typedText({ type: "media_credit_required" }).trim().min(1, "media_credit_required").max(CREDIT_MAX, "media_credit_too_long");
const usageNote = typedText({ type: "media_usage_note_not_text" }).trim().max(USAGE_NOTE_MAX, "media_usage_note_too_long");
const language = oneOf(["ar", "en"], "language_unknown");

/** A form's checkbox or a script's flag: `true`/`false`, and `on` as a browser sends a ticked box. */
const flag = z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((v) => v !== "false")], { error: "media_decorative_not_boolean" });

/** What describes a picture, sent with its file (multipart fields) or alone (PATCH). */
const description = {
  alt: alt.optional(),
  decorative: flag.optional(),
  caption: caption.optional(),
  credit,
  usageNote: usageNote.optional(),
  language: language.optional(),
};

export const mediaUploadSchema = z.strictObject(description);
export type MediaUpload = z.output<typeof mediaUploadSchema>;

export const mediaChangeSchema = z.strictObject({
  ...description,
  credit: credit.optional(),
  usageNote: usageNote.nullable().optional(),
  alt: alt.nullable().optional(),
  /** The version the form showed: a change made meanwhile by someone else is not overwritten. */
  version: z.coerce.number({ error: "version_not_number" }).int("version_not_number").min(1, "version_not_number").optional(),
});
export type MediaChange = z.output<typeof mediaChangeSchema>;

/** The text fields sent with a replacement file. */
export const mediaReplacementSchema = z.strictObject({ version: mediaChangeSchema.shape.version });

export function mediaQuerySchema(timeZone: string) {
  return z
    .strictObject({
      q: typedText().trim().max(200, "search_too_long").optional(),
      uploader: z.uuid("person_unknown").optional(),
      from: dayField,
      to: dayField,
      cursor: cursorParam.optional(),
      limit: pageLimit(100, 40),
    })
    .transform((q, ctx) => ({ ...q, ...dayRange(q, timeZone, ctx), to: undefined }));
}
export type MediaQuery = z.output<ReturnType<typeof mediaQuerySchema>>;
