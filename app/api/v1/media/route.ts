import { getDb } from "@/db";
import { listMedia, uploadMedia } from "@/db/services/media";
import { can } from "@/lib/authz/can";
import { env } from "@/lib/env";
import { mediaQuerySchema } from "@/lib/validation/media";
import { defineRoute } from "@/server/api/define-route";
import { mediaSetup } from "@/server/media/media-setup";
import { uploadReader } from "@/server/media/upload-form";

const staff = { allow: can.useMedia, refusal: "stories_staff_only" };

/** The library, newest first: `{ items, nextCursor }`. */
export const GET = defineRoute({
  ...staff,
  query: mediaQuerySchema(env().NEWSROOM_TIMEZONE),
  run: ({ actor, query }) => listMedia(getDb(), mediaSetup(), actor, query),
});

/** A new picture from a multipart form: 201 with its id, size and variant URLs. */
export const POST = defineRoute({
  ...staff,
  body: uploadReader(env().MEDIA_MAX_BYTES),
  run: ({ actor, body }) => uploadMedia(getDb(), mediaSetup(), actor, body),
  status: 201,
  location: (image) => `/api/v1/media/${image.id}`,
});
