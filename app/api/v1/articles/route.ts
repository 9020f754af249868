import { getDb } from "@/db";
import { createArticle } from "@/db/services/article-write";
import { listArticles } from "@/db/services/article-read";
import { createArticleSchema, listQuerySchema } from "@/lib/validation/article";
import { apiActor, errorResponse, readJson, readQuery, respond } from "@/server/api/respond";

export async function GET(request: Request) {
  const actor = await apiActor();
  if (actor instanceof Response) return actor;
  const query = readQuery(request.url, listQuerySchema);
  if (!query.ok) return errorResponse(query);
  return respond(await listArticles(getDb(), actor, query.data));
}

export async function POST(request: Request) {
  const actor = await apiActor();
  if (actor instanceof Response) return actor;
  const input = await readJson(request, createArticleSchema);
  if (!input.ok) return errorResponse(input);
  const created = await createArticle(getDb(), actor, input.data);
  return created.ok ? Response.json(created.data, { status: 201, headers: { Location: `/api/v1/articles/${created.data.id}` } }) : errorResponse(created);
}
