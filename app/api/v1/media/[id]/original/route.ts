import { getDb } from "@/db";
import { mediaOriginal } from "@/db/services/media";
import { can } from "@/lib/authz/can";
import { defineRoute } from "@/server/api/define-route";
import { idParams } from "@/server/api/params";
import { mediaSetup } from "@/server/media/media-setup";

/** The file as uploaded, camera metadata and all: for the desk, downloaded, never cached or shown inline. */
export const GET = defineRoute({
  allow: can.useMedia,
  refusal: "stories_staff_only",
  params: idParams,
  missing: "media_not_found",
  run: async ({ actor, params }) => {
    const original = await mediaOriginal(getDb(), mediaSetup(), actor, params.id);
    if (!original.ok) return original;
    return new Response(original.data.bytes, {
      headers: {
        "Content-Type": original.data.contentType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(original.data.filename)}`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
});
