import { getDb } from "@/db";
import { listRevisions } from "@/db/services/article-revisions";
import { articleRoute, respond } from "@/server/api/respond";

export const GET = articleRoute(async ({ actor, id }) => respond(await listRevisions(getDb(), actor, id)));
