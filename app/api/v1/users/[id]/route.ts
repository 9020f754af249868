import { getDb } from "@/db";
import { changePerson, getPerson } from "@/db/services/people";
import { personChangeSchema } from "@/lib/validation/people";
import { errorResponse, personRoute, readJson, respond } from "@/server/api/respond";

export const GET = personRoute(async ({ actor, id }) => respond(await getPerson(getDb(), actor, id)));

export const PATCH = personRoute(async ({ actor, id, request }) => {
  const input = await readJson(request, personChangeSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await changePerson(getDb(), actor, id, input.data));
});
