"use server";

import { z } from "zod";
import { getDb } from "@/db";
import { changeMedia, deleteMedia, type MediaView } from "@/db/services/media";
import { can } from "@/lib/authz/can";
import { mediaChangeSchema } from "@/lib/validation/media";
import { mediaSetup } from "@/server/media/media-setup";
import { defineAction, type ActionState } from "./define-action";

export type MediaFormState = ActionState<MediaView | null>;

const mediaId = z.uuid("media_not_found");

/**
 * What describes a picture; only the fields the person changed are sent on,
 * with the version the page showed, so a colleague's change meanwhile is a
 * conflict rather than overwritten.
 */
export const changeMediaAction = defineAction({
  allow: can.useMedia,
  changedOnly: ["alt", "decorative", "caption", "credit", "usageNote", "language"],
  schema: mediaChangeSchema.extend({ id: mediaId }),
  run: ({ id, ...change }, actor) => changeMedia(getDb(), mediaSetup(), actor, id, change),
  revalidate: ({ id }) => [`/dashboard/media/${id}`, "/dashboard/media"],
});

/** Deletes a picture no story shows; one still shown is refused with the stories named. */
export const deleteMediaAction = defineAction({
  allow: can.useMedia,
  schema: z.object({ id: mediaId }),
  run: ({ id }, actor) => deleteMedia(getDb(), mediaSetup(), actor, id),
  revalidate: () => ["/dashboard/media"],
  redirectTo: () => "/dashboard/media",
});
