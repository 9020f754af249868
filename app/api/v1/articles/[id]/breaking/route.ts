import { getDb } from "@/db";
import { clearBreaking, markBreaking } from "@/db/services/breaking-news";
import { can } from "@/lib/authz/can";
import { breakingSchema } from "@/lib/validation/breaking";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

/** Puts a published story in the breaking-news bar: `{ until }` or `{ minutes }`, two hours when neither. */
export const POST = defineRoute({
  allow: can.markBreaking,
  refusal: "breaking_editors_only",
  params: idParams,
  missing: "story_not_found",
  body: breakingSchema,
  run: ({ actor, params, body }) => markBreaking(getDb(), actor, params.id, body),
});

/** Takes the story out of the bar. */
export const DELETE = defineRoute({
  allow: can.markBreaking,
  refusal: "breaking_editors_only",
  params: idParams,
  missing: "story_not_found",
  run: ({ actor, params }) => clearBreaking(getDb(), actor, params.id),
});
