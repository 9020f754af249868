import { getDb } from "@/db";
import { heartbeat } from "@/db/services/article-presence";
import { articleRoute, respond } from "@/server/api/respond";

/** A heartbeat from an open story page: `{others}` are the people who have it open too. */
export const POST = articleRoute(async ({ actor, id }) => respond(await heartbeat(getDb(), actor, id)));
