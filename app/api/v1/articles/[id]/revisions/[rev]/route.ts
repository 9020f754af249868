import { getDb } from "@/db";
import { getRevision } from "@/db/services/article-revisions";
import { can } from "@/lib/authz/can";
import { defineRoute } from "@/server/api/define-route";
import { revisionParams } from "@/server/api/params";

export const GET = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  params: revisionParams,
  missing: "revision_not_found",
  run: ({ actor, params }) => getRevision(getDb(), actor, params.id, params.rev),
});
