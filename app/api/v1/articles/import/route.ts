import { getDb } from "@/db";
import { importArticle } from "@/db/services/article-import";
import { getArticle } from "@/db/services/article-read";
import { env } from "@/lib/env";
import { fail, invalid } from "@/lib/errors";
import { importOptionsSchema, MAX_IMPORT_BYTES } from "@/lib/validation/import";
import { apiActor, errorResponse, respond } from "@/server/api/respond";

const TOO_LARGE = fail("too_large", `Send at most ${MAX_IMPORT_BYTES / 1_000_000} MB of text.`, { text: "The text is too large." });

/** The copy to import: a text/plain body, or a `file` field of a multipart form. */
async function readCopy(request: Request): Promise<{ text: string; fields: Record<string, string> } | Response> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64_000) return errorResponse(TOO_LARGE);
  const type = request.headers.get("content-type") ?? "";
  if (/^text\/plain\b/i.test(type)) return { text: await request.text(), fields: {} };
  if (/^multipart\/form-data\b/i.test(type)) {
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    if (!form || !(file instanceof File)) return errorResponse(fail("invalid", "Attach the copy as a file field named file.", { file: "Attach a .txt file." }));
    if (file.size > MAX_IMPORT_BYTES) return errorResponse(TOO_LARGE);
    const fields = Object.fromEntries([...form].filter((e): e is [string, string] => typeof e[1] === "string"));
    return { text: await file.text(), fields };
  }
  return errorResponse(fail("unsupported_media_type", "Send the copy as text/plain, or as a file in multipart/form-data."));
}

export async function POST(request: Request) {
  const actor = await apiActor();
  if (actor instanceof Response) return actor;
  const copy = await readCopy(request);
  if (copy instanceof Response) return copy;
  if (new TextEncoder().encode(copy.text).length > MAX_IMPORT_BYTES) return errorResponse(TOO_LARGE);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const options = importOptionsSchema.safeParse({ ...params, ...copy.fields });
  if (!options.success) return errorResponse(invalid(options.error.issues));
  const imported = await importArticle(getDb(), actor, { text: copy.text, ...options.data }, env().NEWSROOM_TIMEZONE);
  if (!imported.ok) return errorResponse(imported);
  const story = await getArticle(getDb(), actor, imported.data.id);
  if (!story.ok) return respond(story);
  return Response.json({ ...story.data, unresolved: imported.data.unresolved }, { status: 201, headers: { Location: `/api/v1/articles/${imported.data.id}` } });
}
