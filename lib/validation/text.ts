import { z } from "zod";
import { neutraliseBidiControls } from "../arabic/bidi";
import { hasLoneSurrogate } from "./storable";

/**
 * Text a person typed: PostgreSQL refuses the NUL character in text and
 * JSON, and a lone surrogate in JSON (see hasLoneSurrogate), so both are
 * refused here, with a message, before they can fail a write.
 * Unpaired bidi controls are removed (see neutraliseBidiControls): a stray
 * RIGHT-TO-LEFT OVERRIDE in a headline would reverse whatever a page sets
 * after it. `overwrite` keeps this a string schema, so callers still chain
 * trim, min, max and regex, which then see the cleaned text.
 */
export function typedText(messages: { type?: string } = {}) {
  return z
    .string({ error: messages.type ?? "This must be text." })
    .refine((value) => !value.includes("\u0000"), "Remove the invisible NUL character from this text.")
    .refine((value) => !hasLoneSurrogate(value), "Remove the broken character (half of a UTF-16 pair) from this text.")
    .overwrite(neutraliseBidiControls);
}
