import { fail, failField, invalid, ok, type Result } from "@/lib/errors";
import { mediaReplacementSchema, mediaUploadSchema, type MediaUpload } from "@/lib/validation/media";
import { readLimited } from "@/server/api/define-route";
import type { UploadedFile } from "@/db/services/media";

// Room for the form's boundaries and text fields around the file.
const FORM_OVERHEAD = 64 * 1024;

const tooLarge = (maxBytes: number) => failField("too_large", "file", { reason: "media_too_large", params: { limitMb: Math.floor(maxBytes / (1024 * 1024)) } });

/**
 * A multipart form's `file` and its text fields. The body is refused as soon
 * as it passes the limit, before more of it is held; the file's own type and
 * name as the client states them are not trusted (its bytes are checked later).
 */
async function readForm(request: Request, maxBytes: number): Promise<Result<{ file: UploadedFile; fields: Record<string, string> }>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) return fail("unsupported_media_type", "media_multipart_required");
  const body = await readLimited(request, maxBytes + FORM_OVERHEAD);
  if (!body.ok) return tooLarge(maxBytes);
  const form = await new Response(body.data, { headers: { "content-type": type } }).formData().catch(() => null);
  if (!form) return fail("malformed", "media_form_malformed");
  const file = form.get("file");
  if (!(file instanceof File)) return failField("invalid", "file", "media_file_missing");
  if (file.size > maxBytes) return tooLarge(maxBytes);
  const fields = Object.fromEntries([...form].filter((e): e is [string, string] => typeof e[1] === "string"));
  return ok({ file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, fields });
}

/** A new picture: `file` with `alt`, `caption`, `credit`, `usageNote`, `decorative`, `language`. */
export function uploadReader(maxBytes: number) {
  return async (request: Request): Promise<Result<{ file: UploadedFile; description: MediaUpload }>> => {
    const form = await readForm(request, maxBytes);
    if (!form.ok) return form;
    const parsed = mediaUploadSchema.safeParse(form.data.fields);
    return parsed.success ? ok({ file: form.data.file, description: parsed.data }) : invalid(parsed.error.issues);
  };
}

/** A replacement file for a picture, with the `version` the form showed when it sends one. */
export function replacementReader(maxBytes: number) {
  return async (request: Request): Promise<Result<{ file: UploadedFile; version: number | undefined }>> => {
    const form = await readForm(request, maxBytes);
    if (!form.ok) return form;
    const parsed = mediaReplacementSchema.safeParse(form.data.fields);
    return parsed.success ? ok({ file: form.data.file, version: parsed.data.version }) : invalid(parsed.error.issues);
  };
}
