import { z } from "@/lib/zod";
import { getDb } from "@/db";
import { restoreRevision } from "@/db/services/article-restore";
import { can } from "@/lib/authz/can";
import { defineRoute } from "@/server/api/define-route";
import { revisionParams } from "@/server/api/params";

const restoreSchema = z.strictObject({ version: z.coerce.number({ error: "version_required" }).int("version_required").min(1, "version_required") });

/** Brings back an earlier version as a new revision: `{version}` → `{version, revisionId}`. */
export const POST = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  params: revisionParams,
  missing: "revision_not_found",
  body: restoreSchema,
  run: ({ actor, params, body }) => restoreRevision(getDb(), actor, params.id, params.rev, body.version),
});
