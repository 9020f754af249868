import { getDb } from "@/db";
import { invitePerson, listPeople } from "@/db/services/people";
import { newPersonSchema, peopleQuerySchema } from "@/lib/validation/people";
import { adminActor, errorResponse, issuedLinkResponse, readJson, readQuery, respond } from "@/server/api/respond";

export async function GET(request: Request) {
  const actor = await adminActor();
  if (actor instanceof Response) return actor;
  const query = readQuery(request.url, peopleQuerySchema);
  if (!query.ok) return errorResponse(query);
  return respond(await listPeople(getDb(), actor, query.data));
}

export async function POST(request: Request) {
  const actor = await adminActor();
  if (actor instanceof Response) return actor;
  const input = await readJson(request, newPersonSchema);
  if (!input.ok) return errorResponse(input);
  const issued = await invitePerson(getDb(), actor, input.data);
  return issued.ok ? issuedLinkResponse(request, issued.data, "invite") : errorResponse(issued);
}
