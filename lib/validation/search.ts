import { z } from "../zod";
import { cursorParam } from "../pagination/cursor";
import { QUERY_MAX } from "../search/query";
import { ARTICLE_STATUSES } from "../workflow/states";
import { dayField, dayRange } from "./day-range";
import { oneOf, pageLimit, typedText } from "./text";

export const SEARCH_SORTS = ["relevance", "newest"] as const;

const filters = {
  section: typedText().trim().min(1, "section_slug_unknown").max(100, "section_slug_unknown").optional(),
  language: z.enum(["ar", "en"], { error: "language_unknown" }).optional(),
  from: dayField,
  to: dayField,
  sort: oneOf(SEARCH_SORTS, "sort_unknown").default("relevance"),
  cursor: cursorParam.optional(),
};

/**
 * The desk's search (`GET /api/v1/search`, the story list's search box).
 * `from` and `to` are days on the newsroom's clock, both included.
 */
export function deskSearchSchema(timeZone: string) {
  return z
    .strictObject({
      q: typedText({ type: "search_required" }).trim().min(1, "search_required").max(QUERY_MAX, "search_too_long"),
      status: oneOf(ARTICLE_STATUSES, "status_unknown").optional(),
      author: z.union([z.literal("me"), z.uuid("author_invalid")], { error: "author_invalid" }).optional(),
      // Search as one types: the last word may be the start of a word.
      prefix: z
        .enum(["true", "false"], { error: "prefix_not_boolean" })
        .optional()
        .transform((value) => value === "true"),
      ...filters,
      limit: pageLimit(50, 20),
    })
    .transform((q, ctx) => ({ ...q, ...dayRange(q, timeZone, ctx), to: undefined }));
}

/** The reader's search page (`/search?q=`): an empty query is allowed there, and answered with help rather than results. */
export function publicSearchSchema(timeZone: string) {
  return z
    .strictObject({ q: typedText().trim().max(QUERY_MAX, "search_too_long").default(""), ...filters })
    .transform((q, ctx) => ({ ...q, ...dayRange(q, timeZone, ctx), to: undefined }));
}

export type DeskSearchInput = z.output<ReturnType<typeof deskSearchSchema>>;
export type PublicSearchInput = z.output<ReturnType<typeof publicSearchSchema>>;
