import { getDb } from "@/db";
import { addNote, listNotes } from "@/db/services/article-notes";
import { noteSchema } from "@/lib/validation/article";
import { articleRoute, errorResponse, readJson, respond } from "@/server/api/respond";

export const GET = articleRoute(async ({ actor, id }) => respond(await listNotes(getDb(), actor, id)));

export const POST = articleRoute(async ({ actor, id, request }) => {
  const input = await readJson(request, noteSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await addNote(getDb(), actor, id, input.data.body), 201);
});
