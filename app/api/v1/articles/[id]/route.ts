import { getDb } from "@/db";
import { getArticle } from "@/db/services/article-read";
import { updateArticle } from "@/db/services/article-write";
import { can } from "@/lib/authz/can";
import { updateArticleSchema } from "@/lib/validation/article";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

const story = { allow: can.work, refusal: "This account may not work on stories.", params: idParams, missing: "There is no story with this id." };

export const GET = defineRoute({ ...story, run: ({ actor, params }) => getArticle(getDb(), actor, params.id) });

export const PATCH = defineRoute({
  ...story,
  body: updateArticleSchema,
  run: ({ actor, params, body }) => updateArticle(getDb(), actor, params.id, body),
});
