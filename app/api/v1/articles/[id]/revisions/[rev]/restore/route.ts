import { z } from "zod";
import { getDb } from "@/db";
import { restoreRevision } from "@/db/services/article-restore";
import { errorResponse, readJson, respond, revisionRoute } from "@/server/api/respond";

const restoreSchema = z.strictObject({ version: z.coerce.number({ error: "Send the version you saw." }).int().min(1) });

/** Brings back an earlier version as a new revision: `{version}` → `{version, revisionId}`. */
export const POST = revisionRoute(async ({ actor, id, revisionId, request }) => {
  const input = await readJson(request, restoreSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await restoreRevision(getDb(), actor, id, revisionId, input.data.version));
});
