import { getDb } from "@/db";
import { changeSection, deleteSection } from "@/db/services/sections";
import { sectionChangeSchema } from "@/lib/validation/sections";
import { errorResponse, readJson, respond, sectionRoute } from "@/server/api/respond";

export const PATCH = sectionRoute(async ({ actor, id, request }) => {
  const input = await readJson(request, sectionChangeSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await changeSection(getDb(), actor, id, input.data));
});

export const DELETE = sectionRoute(async ({ actor, id }) => {
  const deleted = await deleteSection(getDb(), actor, id);
  return deleted.ok ? new Response(null, { status: 204 }) : errorResponse(deleted);
});
