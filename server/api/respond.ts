import "server-only";
import { HTTP_STATUS, type Failure } from "@/lib/errors";
import { apiLocale, fieldTexts, refusalText } from "@/server/i18n/refusal-text";

/**
 * `{"error": {code, reason, message, fields?, params?}}` with the status the code stands
 * for: the message and each field's in the request's language, the reasons for programs.
 */
export function errorResponse(failure: Failure, request: Request | null = null): Response {
  const locale = apiLocale(request);
  const { code, reason, params, fields } = failure;
  const error = {
    code,
    reason,
    message: refusalText(failure, locale),
    ...(params ? { params } : {}),
    ...(fields ? { fields: fieldTexts(fields, locale), fieldReasons: fields } : {}),
  };
  return Response.json({ error }, { status: HTTP_STATUS[code] });
}

/** API answers are one person's data: never kept by a browser, proxy or CDN. */
export function noStore(response: Response): Response {
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
