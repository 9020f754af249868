import "server-only";
import { HTTP_STATUS, type Failure } from "@/lib/errors";

/** `{"error": {code, message, fields?}}` with the status the code stands for. */
export function errorResponse(failure: Failure): Response {
  const { code, message, fields } = failure;
  return Response.json({ error: fields ? { code, message, fields } : { code, message } }, { status: HTTP_STATUS[code] });
}

/** API answers are one person's data: never kept by a browser, proxy or CDN. */
export function noStore(response: Response): Response {
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}
