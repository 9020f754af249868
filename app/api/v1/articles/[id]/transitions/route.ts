import { getDb } from "@/db";
import { transitionArticle } from "@/db/services/article-transition";
import { transitionSchema } from "@/lib/validation/article";
import { articleRoute, errorResponse, readJson, respond } from "@/server/api/respond";

export const POST = articleRoute(async ({ actor, id, request }) => {
  const input = await readJson(request, transitionSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await transitionArticle(getDb(), actor, id, input.data));
});
