import { getDb } from "@/db";
import { createSection, listSectionsWithCounts } from "@/db/services/sections";
import { can } from "@/lib/authz/can";
import { newSectionSchema } from "@/lib/validation/sections";
import { defineRoute } from "@/server/api/define-route";

const refusal = "sections_admins_only";

export const GET = defineRoute({ allow: can.manageSections, refusal, run: ({ actor }) => listSectionsWithCounts(getDb(), actor) });

export const POST = defineRoute({
  allow: can.manageSections,
  refusal,
  body: newSectionSchema,
  run: ({ actor, body }) => createSection(getDb(), actor, body),
  status: 201,
});
