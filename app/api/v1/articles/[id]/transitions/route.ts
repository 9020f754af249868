import { getDb } from "@/db";
import { transitionArticle } from "@/db/services/article-transition";
import { can } from "@/lib/authz/can";
import { transitionSchema } from "@/lib/validation/article";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

export const POST = defineRoute({
  allow: can.work,
  refusal: "This account may not work on stories.",
  params: idParams,
  missing: "There is no story with this id.",
  body: transitionSchema,
  run: ({ actor, params, body }) => transitionArticle(getDb(), actor, params.id, body),
});
