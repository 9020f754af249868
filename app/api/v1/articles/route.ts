import { getDb } from "@/db";
import { createArticle } from "@/db/services/article-write";
import { listArticles } from "@/db/services/article-read";
import { can } from "@/lib/authz/can";
import { createArticleSchema, listQuerySchema } from "@/lib/validation/article";
import { defineRoute } from "@/server/api/define-route";

const refusal = "stories_staff_only";

export const GET = defineRoute({
  allow: can.work,
  refusal,
  query: listQuerySchema,
  run: ({ actor, query }) => listArticles(getDb(), actor, query),
});

export const POST = defineRoute({
  allow: can.work,
  refusal,
  body: createArticleSchema,
  run: ({ actor, body }) => createArticle(getDb(), actor, body),
  status: 201,
  location: (created) => `/api/v1/articles/${created.id}`,
});
