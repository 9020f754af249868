import { getDb } from "@/db";
import { moveSection } from "@/db/services/sections";
import { sectionMoveSchema } from "@/lib/validation/sections";
import { errorResponse, readJson, respond, sectionRoute } from "@/server/api/respond";

export const POST = sectionRoute(async ({ actor, id, request }) => {
  const input = await readJson(request, sectionMoveSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await moveSection(getDb(), actor, id, input.data.direction));
});
