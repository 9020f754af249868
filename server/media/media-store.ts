import { join } from "node:path";
import type { Env } from "@/lib/env";
import { diskStore } from "./disk-store";
import { s3Store } from "./s3-store";
import type { MediaStore } from "./store";

/** The store the environment names: its S3 bucket when MEDIA_S3_BUCKET is set, else NEWSROOM_DATA_DIR/media. */
export function mediaStoreFor(env: Env): MediaStore {
  if (!env.MEDIA_S3_BUCKET) return diskStore(join(env.NEWSROOM_DATA_DIR, "media"));
  return s3Store({
    bucket: env.MEDIA_S3_BUCKET,
    region: env.MEDIA_S3_REGION,
    endpoint: env.MEDIA_S3_ENDPOINT,
    // The env schema refuses a bucket without both keys.
    accessKeyId: env.MEDIA_S3_ACCESS_KEY_ID!,
    secretAccessKey: env.MEDIA_S3_SECRET_ACCESS_KEY!,
    forcePathStyle: env.MEDIA_S3_FORCE_PATH_STYLE,
  });
}
