import { getDb } from "@/db";
import { getRevision } from "@/db/services/article-revisions";
import { respond, revisionRoute } from "@/server/api/respond";

export const GET = revisionRoute(async ({ actor, id, revisionId }) => respond(await getRevision(getDb(), actor, id, revisionId)));
