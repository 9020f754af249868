import { getDb } from "@/db";
import { listRevisions } from "@/db/services/article-revisions";
import { can } from "@/lib/authz/can";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

export const GET = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  params: idParams,
  missing: "story_not_found",
  run: ({ actor, params }) => listRevisions(getDb(), actor, params.id),
});
