import type { Refusal } from "@/lib/errors";

/** What POST /api/v1/media answers with when it refuses. */
type UploadErrorBody = { error?: { reason?: string; params?: Refusal["params"]; fieldReasons?: Record<string, Refusal> } };

/**
 * Sends a picture's file: a new one to POST /api/v1/media, or a replacement
 * to PUT /api/v1/media/:id/file; reporting the bytes sent as they go (fetch
 * cannot report an upload's progress; XMLHttpRequest can).
 */
export function sendPicture(form: FormData, onProgress: (percent: number) => void, replacing?: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    if (replacing) request.open("PUT", `/api/v1/media/${encodeURIComponent(replacing)}/file`);
    else request.open("POST", "/api/v1/media");
    request.responseType = "json";
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => resolve({ status: request.status, body: request.response });
    request.onerror = () => reject(new Error("network"));
    request.send(form);
  });
}

/**
 * The refusals of a failed upload: the description's by field, and the
 * file's own (or the request's, when no field was at fault).
 */
export function uploadRefusals(body: unknown): { file: Refusal | undefined; fields: Record<string, Refusal> } {
  const error = (body as UploadErrorBody | null)?.error;
  const { file, ...fields } = error?.fieldReasons ?? {};
  const general = Object.keys(fields).length === 0 ? { reason: error?.reason ?? "invalid_request", params: error?.params } : undefined;
  return { file: file ?? general, fields };
}
