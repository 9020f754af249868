import type { Refusal } from "../errors";

/** How the desk names what the API names by key: a field by its label, a place in the body by its paragraph. */
export type ParamWords = {
  field: (key: string) => string | undefined;
  block: (ordinal: number) => string;
  list: (items: string[]) => string;
};

const BLOCK_PATH = /^content\.(\d+)/;

/**
 * A refusal's parameters as a person reads them. The API's `fields`
 * ("headline, bodyText") and `path` ("content.3.content.0") are keys a
 * script needs; on a form they become the fields' labels and "paragraph 4".
 * A key the desk has no label for stays as it is.
 */
export function readableParams(params: Refusal["params"], words: ParamWords): Refusal["params"] {
  if (!params) return params;
  const readable = { ...params };
  if (typeof params.fields === "string") {
    readable.fields = words.list(params.fields.split(", ").map((key) => words.field(key.split(".")[0]!) ?? key));
  }
  if (typeof params.path === "string") {
    const block = BLOCK_PATH.exec(params.path);
    if (block) readable.path = words.block(Number(block[1]) + 1);
  }
  return readable;
}

/** A translator of the `fieldNames` messages, whichever library made it. */
type FieldNameTranslator = { has: (key: string) => boolean; (key: string, values?: Record<string, number>): string };

/** ParamWords from the `fieldNames` messages of the UI language. */
export function paramWordsFrom(names: FieldNameTranslator, locale: string): ParamWords {
  return {
    field: (key) => (names.has(key) ? names(key) : undefined),
    block: (n) => names("block", { n }),
    list: (items) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items),
  };
}
