import { getDb } from "@/db";
import { listRevisions } from "@/db/services/article-revisions";
import { can } from "@/lib/authz/can";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

export const GET = defineRoute({
  allow: can.work,
  refusal: "This account may not work on stories.",
  params: idParams,
  missing: "There is no story with this id.",
  run: ({ actor, params }) => listRevisions(getDb(), actor, params.id),
});
