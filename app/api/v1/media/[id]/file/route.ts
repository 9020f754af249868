import { getDb } from "@/db";
import { replaceMediaFile } from "@/db/services/media";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";
import { mediaSetup } from "@/server/media/media-setup";
import { replacementReader } from "@/server/media/upload-form";

/** A new file for the picture, under the same id: every story showing it shows the new one. */
export const PUT = defineRoute({
  allow: can.useMedia,
  refusal: "stories_staff_only",
  params: idParams,
  missing: "media_not_found",
  body: replacementReader(env().MEDIA_MAX_BYTES),
  run: ({ actor, params, body }) => replaceMediaFile(getDb(), mediaSetup(), actor, params.id, body.file, body.version),
});
