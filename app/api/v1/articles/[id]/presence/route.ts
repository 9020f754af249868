import { getDb } from "@/db";
import { heartbeat, leave } from "@/db/services/article-presence";
import { can } from "@/lib/authz/can";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

/** A heartbeat from an open story page: `{others}` are the people who have it open too. */
export const POST = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  params: idParams,
  missing: "story_not_found",
  run: ({ actor, params }) => heartbeat(getDb(), actor, params.id),
});

/** The story page was closed here: drop out of the others' list at once. */
export const DELETE = defineRoute({
  allow: can.work,
  refusal: "stories_staff_only",
  params: idParams,
  missing: "story_not_found",
  status: 204,
  run: ({ actor, params }) => leave(getDb(), actor, params.id),
});
