import { getDb } from "@/db";
import { getArticle } from "@/db/services/article-read";
import { updateArticle } from "@/db/services/article-write";
import { can } from "@/lib/authz/can";
import { updateArticleSchema } from "@/lib/validation/article";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

const story = { allow: can.work, refusal: "stories_staff_only", params: idParams, missing: "story_not_found" };

export const GET = defineRoute({ ...story, run: ({ actor, params }) => getArticle(getDb(), actor, params.id) });

export const PATCH = defineRoute({
  ...story,
  body: updateArticleSchema,
  run: ({ actor, params, body }) => updateArticle(getDb(), actor, params.id, body),
});
