import { getDb } from "@/db";
import { getRevision } from "@/db/services/article-revisions";
import { articleIdSchema } from "@/lib/validation/article";
import { apiActor, errorResponse, readId, respond } from "@/server/api/respond";
import { fail } from "@/lib/errors";

export async function GET(_request: Request, context: { params: Promise<{ id: string; rev: string }> }) {
  const actor = await apiActor();
  if (actor instanceof Response) return actor;
  const { id, rev } = await context.params;
  const article = readId(id);
  if (!article.ok) return errorResponse(article);
  if (!articleIdSchema.safeParse(rev).success) return errorResponse(fail("not_found", "This story has no such revision.", { rev: "Revision ids are UUIDs." }));
  return respond(await getRevision(getDb(), actor, article.data, rev));
}
