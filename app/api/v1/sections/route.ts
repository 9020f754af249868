import { getDb } from "@/db";
import { createSection, listSectionsWithCounts } from "@/db/services/sections";
import { newSectionSchema } from "@/lib/validation/sections";
import { adminActor, errorResponse, readJson, respond } from "@/server/api/respond";

export async function GET() {
  const actor = await adminActor();
  if (actor instanceof Response) return actor;
  return respond(await listSectionsWithCounts(getDb(), actor));
}

export async function POST(request: Request) {
  const actor = await adminActor();
  if (actor instanceof Response) return actor;
  const input = await readJson(request, newSectionSchema);
  if (!input.ok) return errorResponse(input);
  return respond(await createSection(getDb(), actor, input.data), 201);
}
