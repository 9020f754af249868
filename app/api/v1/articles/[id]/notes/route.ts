import { getDb } from "@/db";
import { addNote, listNotes } from "@/db/services/article-notes";
import { can } from "@/lib/authz/can";
import { noteSchema } from "@/lib/validation/article";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

const story = { allow: can.work, refusal: "stories_staff_only", params: idParams, missing: "story_not_found" };

export const GET = defineRoute({ ...story, run: ({ actor, params }) => listNotes(getDb(), actor, params.id) });

export const POST = defineRoute({
  ...story,
  body: noteSchema,
  run: ({ actor, params, body }) => addNote(getDb(), actor, params.id, body.body),
  status: 201,
});
