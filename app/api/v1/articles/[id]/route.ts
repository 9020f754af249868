import { getDb } from "@/db";
import { getArticle } from "@/db/services/article-read";
import { updateArticle } from "@/db/services/article-write";
import { updateArticleSchema } from "@/lib/validation/article";
import { articleRoute, errorResponse, readJson, respond } from "@/server/api/respond";

export const GET = articleRoute(async ({ actor, id }) => respond(await getArticle(getDb(), actor, id)));

export const PATCH = articleRoute(async ({ actor, id, request }) => {
  const input = await readJson(request, updateArticleSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await updateArticle(getDb(), actor, id, input.data));
});
