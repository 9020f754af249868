import { getDb } from "@/db";
import { changePerson, getPerson } from "@/db/services/people";
import { can } from "@/lib/authz/can";
import { personChangeSchema } from "@/lib/validation/people";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

const person = { allow: can.managePeople, refusal: "manage_people_admins_only", params: idParams, missing: "person_not_found" };

export const GET = defineRoute({ ...person, run: ({ actor, params }) => getPerson(getDb(), actor, params.id) });

export const PATCH = defineRoute({
  ...person,
  body: personChangeSchema,
  run: ({ actor, params, body }) => changePerson(getDb(), actor, params.id, body),
});
