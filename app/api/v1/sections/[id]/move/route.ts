import { getDb } from "@/db";
import { moveSection } from "@/db/services/sections";
import { can } from "@/lib/authz/can";
import { sectionMoveSchema } from "@/lib/validation/sections";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

export const POST = defineRoute({
  allow: can.manageSections,
  refusal: "sections_admins_only",
  params: idParams,
  missing: "section_not_found",
  body: sectionMoveSchema,
  run: ({ actor, params, body }) => moveSection(getDb(), actor, params.id, body.direction),
});
