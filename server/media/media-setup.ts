import { env } from "@/lib/env";
import { MAX_PIXELS } from "@/lib/media/limits";
import { mediaStoreFor } from "./media-store";
import { mediaPublicBase } from "./public-base";
import type { MediaStore } from "./store";

/** What the media services need from the environment, in one value they are handed. */
export type MediaSetup = {
  store: MediaStore;
  maxBytes: number;
  maxPixels: number;
  /** Prefix of variant URLs: this app's /media, or MEDIA_PUBLIC_URL. */
  publicBase: string;
};

let setup: MediaSetup | undefined;

export function mediaSetup(): MediaSetup {
  const e = env();
  setup ??= { store: mediaStoreFor(e), maxBytes: e.MEDIA_MAX_BYTES, maxPixels: MAX_PIXELS, publicBase: mediaPublicBase() };
  return setup;
}
