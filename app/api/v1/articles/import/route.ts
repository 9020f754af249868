import { getDb } from "@/db";
import { importArticle } from "@/db/services/article-import";
import { getArticle } from "@/db/services/article-read";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { fail, failField, invalid, ok, type Result } from "@/lib/errors";
import { importOptionsSchema, MAX_IMPORT_BYTES, type ImportOptions } from "@/lib/validation/import";
import { defineRoute, readLimited } from "@/server/api/define-route";

const TOO_LARGE = failField("too_large", "text", { reason: "import_too_large", params: { mb: MAX_IMPORT_BYTES / 1_000_000 } });

type Copy = { text: string; options: ImportOptions };

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function options(request: Request, fields: Record<string, string>): Result<ImportOptions> {
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = importOptionsSchema.safeParse({ ...params, ...fields });
  return parsed.success ? ok(parsed.data) : invalid(parsed.error.issues);
}

/** The copy to import: a text/plain body, or a `file` field of a multipart form; options from the query or the form. */
async function readCopy(request: Request): Promise<Result<Copy>> {
  const type = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data\b/i.test(type);
  if (!multipart && !/^text\/plain\b/i.test(type)) {
    return fail("unsupported_media_type", "import_wrong_media_type");
  }
  const bytes = await readLimited(request, MAX_IMPORT_BYTES + (multipart ? 64_000 : 0));
  if (!bytes.ok) return TOO_LARGE;
  if (!multipart) {
    const text = utf8(bytes.data);
    if (text === null) return failField("unprocessable", "text", "import_not_utf8");
    const chosen = options(request, {});
    return chosen.ok ? ok({ text, options: chosen.data }) : chosen;
  }
  const form = await new Response(bytes.data, { headers: { "content-type": type } }).formData().catch(() => null);
  const file = form?.get("file");
  if (!form || !(file instanceof File)) return failField("invalid", "file", "import_file_missing");
  if (file.size > MAX_IMPORT_BYTES) return TOO_LARGE;
  const text = utf8(new Uint8Array(await file.arrayBuffer()));
  if (text === null) return failField("unprocessable", "file", "import_not_utf8");
  const fields = Object.fromEntries([...form].filter((e): e is [string, string] => typeof e[1] === "string"));
  const chosen = options(request, fields);
  return chosen.ok ? ok({ text, options: chosen.data }) : chosen;
}

/** Wire copy → a draft: the new story as GET answers it, plus the «اقرأ المزيد» lines left unresolved. */
export const POST = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  body: readCopy,
  run: async ({ actor, body }) => {
    const imported = await importArticle(getDb(), actor, { text: body.text, ...body.options }, env().NEWSROOM_TIMEZONE);
    if (!imported.ok) return imported;
    const story = await getArticle(getDb(), actor, imported.data.id);
    return story.ok ? ok({ ...story.data, unresolved: imported.data.unresolved }) : story;
  },
  status: 201,
  location: (story) => `/api/v1/articles/${story.id}`,
});
