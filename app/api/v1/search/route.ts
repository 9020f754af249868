import { getDb } from "@/db";
import { searchDesk } from "@/db/services/search";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { deskSearchSchema } from "@/lib/validation/search";
import { defineRoute } from "@/server/api/define-route";

export const GET = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  query: deskSearchSchema(env().NEWSROOM_TIMEZONE),
  run: ({ actor, query }) => searchDesk(getDb(), actor, query),
});
