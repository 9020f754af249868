import { z } from "zod";
import { getDb } from "@/db";
import { restoreRevision } from "@/db/services/article-restore";
import { fail } from "@/lib/errors";
import { articleIdSchema } from "@/lib/validation/article";
import { apiActor, errorResponse, readId, readJson, respond } from "@/server/api/respond";

const restoreSchema = z.strictObject({ version: z.coerce.number({ error: "Send the version you saw." }).int().min(1) });

/** Brings back an earlier version as a new revision: `{version}` → `{version, revisionId}`. */
export async function POST(request: Request, context: { params: Promise<{ id: string; rev: string }> }) {
  const actor = await apiActor();
  if (actor instanceof Response) return actor;
  const { id, rev } = await context.params;
  const article = readId(id);
  if (!article.ok) return errorResponse(article);
  if (!articleIdSchema.safeParse(rev).success) return errorResponse(fail("not_found", "This story has no such revision.", { rev: "Revision ids are UUIDs." }));
  const input = await readJson(request, restoreSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await restoreRevision(getDb(), actor, article.data, rev, input.data.version));
}
