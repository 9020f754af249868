import { z } from "zod";

/**
 * Text a person typed: PostgreSQL refuses the NUL character in text and
 * JSON, so it is refused here, with a message, before it can fail a write.
 */
export function typedText(messages: { type?: string } = {}) {
  return z
    .string({ error: messages.type ?? "This must be text." })
    .refine((value) => !value.includes("\u0000"), "Remove the invisible NUL character from this text.");
}
