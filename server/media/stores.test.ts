import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { diskStore } from "./disk-store";
import { mediaStoreFor } from "./media-store";
import { s3Store } from "./s3-store";
import type { MediaStore } from "./store";

/**
 * Both stores pass the same contract: the disk in a scratch folder, and S3
 * against a real S3-API server (s3rver) on loopback, not a mock.
 */
let folder: string;
let server: S3rver;
let endpoint: string;
const stores: Record<"disk" | "s3", () => MediaStore> = {
  disk: () => diskStore(join(folder, "disk")),
  s3: () => s3Store({ bucket: "media", region: "us-east-1", endpoint, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true }),
};

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "newsroom-media-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, directory: join(folder, "s3"), silent: true, configureBuckets: [{ name: "media" }] });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

// Every byte value, so an encoding slip anywhere shows.
const binary = new Uint8Array(Array.from({ length: 4096 }, (_, i) => i % 256));

describe.each(["disk", "s3"] as const)("the %s store", (kind) => {
  it("gives back exactly the bytes it was given, and the newer ones after a replace", async () => {
    const store = stores[kind]();
    await store.put("originals/a1/photo-1.jpg", binary, "image/jpeg");
    expect(await store.get("originals/a1/photo-1.jpg")).toEqual(binary);
    await store.put("originals/a1/photo-1.jpg", binary.subarray(0, 10), "image/jpeg");
    expect(await store.get("originals/a1/photo-1.jpg")).toEqual(binary.subarray(0, 10));
  });

  it("answers null for a key with nothing under it, and removes keys (missing ones too) in one call", async () => {
    const store = stores[kind]();
    expect(await store.get("variants/nothing-here.webp")).toBeNull();
    const keys = Array.from({ length: 5 }, (_, i) => `variants/hash${i}-320.avif`);
    await Promise.all(keys.map((key) => store.put(key, binary, "image/avif")));
    await store.remove([...keys, "variants/never-there.avif"]);
    expect(await Promise.all(keys.map((key) => store.get(key)))).toEqual(keys.map(() => null));
  });

  it("refuses keys that are not ours before touching anything", async () => {
    const store = stores[kind]();
    for (const key of ["../outside.jpg", "variants/../../etc/passwd", "/absolute.jpg", "Variants/x.jpg", "", "a//b.jpg", "a/b.jpg\u202e"]) {
      await expect(store.put(key, binary, "image/jpeg"), key).rejects.toThrow("not a media key");
      await expect(store.get(key), key).rejects.toThrow("not a media key");
    }
  });
});

describe("the disk store", () => {
  it("leaves no partial file behind when two writers race for one key", async () => {
    const store = stores.disk();
    const big = new Uint8Array(2 * 1024 * 1024).fill(7);
    await Promise.all([store.put("originals/race/x.png", big, "image/png"), store.put("originals/race/x.png", binary, "image/png")]);
    const kept = await store.get("originals/race/x.png");
    expect([big.length, binary.length]).toContain(kept!.length);
    expect(await readdir(join(folder, "disk", "originals", "race"))).toEqual(["x.png"]);
  });
});

describe("the store the environment names", () => {
  it("is the disk under NEWSROOM_DATA_DIR/media by default, and the bucket when MEDIA_S3_BUCKET is set", async () => {
    const onDisk = mediaStoreFor(parseEnv({ NEWSROOM_DATA_DIR: join(folder, "data") }));
    await onDisk.put("originals/env/a.jpg", binary, "image/jpeg");
    expect(await readdir(join(folder, "data", "media", "originals", "env"))).toEqual(["a.jpg"]);

    const inBucket = mediaStoreFor(
      parseEnv({
        MEDIA_S3_BUCKET: "media",
        MEDIA_S3_ENDPOINT: endpoint,
        MEDIA_S3_ACCESS_KEY_ID: "S3RVER",
        MEDIA_S3_SECRET_ACCESS_KEY: "S3RVER",
        MEDIA_S3_FORCE_PATH_STYLE: "1",
      }),
    );
    await inBucket.put("originals/env/b.jpg", binary, "image/jpeg");
    expect(await stores.s3().get("originals/env/b.jpg")).toEqual(binary);
  });

  it("refuses a bucket without its keys, naming the variable", () => {
    expect(() => parseEnv({ MEDIA_S3_BUCKET: "media" })).toThrow(/MEDIA_S3_ACCESS_KEY_ID: is needed when MEDIA_S3_BUCKET is set/);
    expect(() => parseEnv({ MEDIA_S3_BUCKET: "media", MEDIA_S3_ACCESS_KEY_ID: "k", MEDIA_S3_ENDPOINT: "ftp://x" })).toThrow(/MEDIA_S3_ENDPOINT/);
  });
});
