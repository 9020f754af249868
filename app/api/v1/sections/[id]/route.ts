import { getDb } from "@/db";
import { changeSection, deleteSection } from "@/db/services/sections";
import { can } from "@/lib/authz/can";
import { sectionChangeSchema } from "@/lib/validation/sections";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

const section = { allow: can.manageSections, refusal: "sections_admins_only", params: idParams, missing: "section_not_found" };

export const PATCH = defineRoute({
  ...section,
  body: sectionChangeSchema,
  run: ({ actor, params, body }) => changeSection(getDb(), actor, params.id, body),
});

export const DELETE = defineRoute({ ...section, run: ({ actor, params }) => deleteSection(getDb(), actor, params.id), status: 204 });
