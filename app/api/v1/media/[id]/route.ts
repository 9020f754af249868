import { getDb } from "@/db";
import { changeMedia, deleteMedia, getMedia } from "@/db/services/media";
import { can } from "@/lib/authz/can";
import { mediaChangeSchema } from "@/lib/validation/media";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";
import { mediaSetup } from "@/server/media/media-setup";

const image = { allow: can.useMedia, refusal: "stories_staff_only", params: idParams, missing: "media_not_found" };

/** One picture with the stories that show it (`usedBy`). */
export const GET = defineRoute({ ...image, run: ({ actor, params }) => getMedia(getDb(), mediaSetup(), actor, params.id) });

export const PATCH = defineRoute({
  ...image,
  body: mediaChangeSchema,
  run: ({ actor, params, body }) => changeMedia(getDb(), mediaSetup(), actor, params.id, body),
});

/** 409 `media_in_use` while a story shows it. */
export const DELETE = defineRoute({ ...image, run: ({ actor, params }) => deleteMedia(getDb(), mediaSetup(), actor, params.id), status: 204 });
