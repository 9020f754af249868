/**
 * Typed outcomes of services. Every entry point maps a failure the same way:
 * the JSON API to a status code and `{error: {code, message, fields?}}`, the
 * dashboard to a message next to the form.
 */
export type ErrorCode =
  | "malformed"
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "unprocessable"
  | "length_required"
  | "too_large"
  | "too_many_requests"
  | "unsupported_media_type"
  | "unavailable";

export const HTTP_STATUS: Record<ErrorCode, number> = {
  malformed: 400,
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  length_required: 411,
  too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  too_many_requests: 429,
  unavailable: 503,
};

export type FieldErrors = Record<string, string>;

export type Failure = { ok: false; code: ErrorCode; message: string; fields?: FieldErrors };
export type Result<T> = { ok: true; data: T } | Failure;

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message: string, fields?: FieldErrors): Failure {
  return fields ? { ok: false, code, message, fields } : { ok: false, code, message };
}

/** A zod error as one message per field (the first for each), for forms and the API. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function invalid(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Failure {
  const fields = fieldErrorsOf(issues);
  const names = Object.keys(fields).filter((f) => f !== "_");
  return fail("invalid", names.length ? `Check these fields: ${names.join(", ")}.` : (fields._ ?? "The request is not valid."), fields);
}
