import { getDb } from "@/db";
import { listAudit } from "@/db/services/audit-log";
import { env } from "@/lib/env";
import { auditQuerySchema } from "@/lib/validation/audit";
import { adminActor, errorResponse, readQuery, respond } from "@/server/api/respond";

export async function GET(request: Request) {
  const actor = await adminActor();
  if (actor instanceof Response) return actor;
  const query = readQuery(request.url, auditQuerySchema(env().NEWSROOM_TIMEZONE));
  if (!query.ok) return errorResponse(query);
  return respond(await listAudit(getDb(), actor, query.data));
}
