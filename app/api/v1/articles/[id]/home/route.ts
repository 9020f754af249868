import { getDb } from "@/db";
import { pinToHome, unpinFromHome } from "@/db/services/home-slots";
import { can } from "@/lib/authz/can";
import { homePinSchema } from "@/lib/validation/home-pin";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";

/** Pins a published story to a home-page slot: `{ slot, minutes }`, six hours when `minutes` is left out. */
export const POST = defineRoute({
  allow: can.curateHome,
  refusal: "home_editors_only",
  params: idParams,
  missing: "story_not_found",
  body: homePinSchema,
  run: ({ actor, params, body }) => pinToHome(getDb(), actor, params.id, body),
});

/** Takes the story off the home page; the newest stories fill its slot. */
export const DELETE = defineRoute({
  allow: can.curateHome,
  refusal: "home_editors_only",
  params: idParams,
  missing: "story_not_found",
  run: ({ actor, params }) => unpinFromHome(getDb(), actor, params.id),
});
