import { z } from "../zod";
import { neutraliseBidiControls } from "../arabic/bidi";
import { hasLoneSurrogate } from "./storable";

/**
 * Text a person typed: PostgreSQL refuses the NUL character in text and
 * JSON, and a lone surrogate in JSON (see hasLoneSurrogate), so both are
 * refused here, with a reason, before they can fail a write.
 * Unpaired bidi controls are removed (see neutraliseBidiControls): a stray
 * RIGHT-TO-LEFT OVERRIDE in a headline would reverse whatever a page sets
 * after it. `overwrite` keeps this a string schema, so callers still chain
 * trim, min, max and regex, which then see the cleaned text.
 *
 * `reasons.type` is the reason (i18n/refusals/fields.*.json) for a value
 * that is not text at all.
 */
export function typedText(reasons: { type?: string } = {}) {
  return z
    .string({ error: reasons.type ?? "not_text" })
    .refine((value) => !value.includes("\u0000"), "text_has_nul")
    .refine((value) => !hasLoneSurrogate(value), "text_has_lone_surrogate")
    .overwrite(neutraliseBidiControls);
}

/** One of `values`; anything else is refused with `reason`, the values listed as `{options}`. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, reason: string) {
  const allowed: readonly unknown[] = values;
  return z.custom<T[number]>((value) => typeof value === "string" && allowed.includes(value), { message: reason, params: { options: values.join(", ") } });
}

/**
 * A page size from a query string: a whole number from 1 to `max`, `fallback`
 * when absent. One check, so every way of getting it wrong carries the
 * range as `{min}` and `{max}`.
 */
export function pageLimit(max: number, fallback: number) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback;
      const limit = Number(value);
      if (Number.isInteger(limit) && limit >= 1 && limit <= max) return limit;
      ctx.addIssue({ code: "custom", message: "limit_out_of_range", params: { min: 1, max } });
      return z.NEVER;
    });
}
