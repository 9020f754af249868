import { getDb } from "@/db";
import { transitionArticle } from "@/db/services/article-transition";
import { can } from "@/lib/authz/can";
import { transitionSchema } from "@/lib/validation/article";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

export const POST = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  params: idParams,
  missing: "story_not_found",
  body: transitionSchema,
  run: ({ actor, params, body }) => transitionArticle(getDb(), actor, params.id, body),
});
