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

/**
 * A refusal is a code, never a sentence: `reason` names it in the
 * catalogue (i18n/refusals/<locale>.json) and `params` fill it in. The UI
 * translates it into the reader's language; the JSON API adds the message in
 * the request's.
 */
export type Params = Record<string, string | number>;
export type Refusal = { reason: string; params?: Params };
export type FieldErrors = Record<string, Refusal>;

export type Failure = { ok: false; code: ErrorCode; reason: string; params?: Params; fields?: FieldErrors };
export type Result<T> = { ok: true; data: T } | Failure;

export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

/** A field's refusal: its reason alone, or with parameters. */
export type FieldRefusal = string | Refusal;

export function fail(code: ErrorCode, reason: string, options: { params?: Params; fields?: Record<string, FieldRefusal> } = {}): Failure {
  const failure: Failure = { ok: false, code, reason };
  if (options.params) failure.params = options.params;
  if (options.fields) failure.fields = Object.fromEntries(Object.entries(options.fields).map(([k, v]) => [k, typeof v === "string" ? { reason: v } : v]));
  return failure;
}

/** A refusal of one field that is the whole answer (the field's reason is the failure's too). */
export function failField(code: ErrorCode, field: string, refusal: FieldRefusal): Failure {
  const { reason, params } = typeof refusal === "string" ? { reason: refusal, params: undefined } : refusal;
  return fail(code, reason, { params, fields: { [field]: refusal } });
}

const REASON = /^[a-z][a-z0-9_]*$/;

type Issue = {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  maximum?: unknown;
  minimum?: unknown;
  keys?: readonly string[];
  params?: Record<string, unknown>;
};

function numeric(value: unknown): string | number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return undefined;
}

/**
 * A zod issue as a refusal. Our schemas give reasons as their messages;
 * zod's own checks (a wrong type, an unknown key, a length with no message
 * of ours) get a general reason with the limit as a parameter.
 */
export function refusalOf(issue: Issue): Refusal {
  const params: Params = {};
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    if (typeof value === "string" || typeof value === "number") params[name] = value;
  }
  const max = numeric(issue.maximum);
  const min = numeric(issue.minimum);
  if (max !== undefined) params.max = max;
  if (min !== undefined) params.min = min;
  if (issue.keys?.length) params.keys = issue.keys.join(", ");
  let reason = issue.message;
  if (!REASON.test(reason)) {
    reason =
      issue.code === "too_big"
        ? "value_too_big"
        : issue.code === "too_small"
          ? "value_too_small"
          : issue.code === "unrecognized_keys"
            ? "unknown_fields"
            : issue.code === "invalid_type"
              ? "wrong_type"
              : "invalid_value";
  }
  return Object.keys(params).length ? { reason, params } : { reason };
}

/** A zod error as one refusal per field (the first for each), for forms and the API. */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "_";
    fields[key] ??= refusalOf(issue);
  }
  return fields;
}

export function invalid(issues: readonly Issue[]): Failure {
  const fields = fieldErrorsOf(issues);
  const names = Object.keys(fields).filter((f) => f !== "_");
  if (names.length) return fail("invalid", "check_fields", { params: { fields: names.join(", ") }, fields });
  return { ok: false, code: "invalid", reason: fields._?.reason ?? "invalid_request", ...(fields._?.params ? { params: fields._.params } : {}), fields };
}
