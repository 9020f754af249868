import { getDb } from "@/db";
import { listAudit } from "@/db/services/audit-log";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { auditQuerySchema } from "@/lib/validation/audit";
import { defineRoute } from "@/server/api/define-route";

export const GET = defineRoute({
  allow: can.readAudit,
  refusal: "audit_admins_only",
  query: auditQuerySchema(env().NEWSROOM_TIMEZONE),
  run: ({ actor, query }) => listAudit(getDb(), actor, query),
});
