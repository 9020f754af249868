import { env } from "@/lib/env";

/** Where readers fetch variants from: MEDIA_PUBLIC_URL (a CDN, the bucket) or this app's /media. */
export function mediaPublicBase(): string {
  return env().MEDIA_PUBLIC_URL ?? "/media";
}

/** Origins pictures are fetched from besides our own, for the pages' img-src. */
export function mediaImageOrigins(): string[] {
  const base = env().MEDIA_PUBLIC_URL;
  return base ? [new URL(base).origin] : [];
}
