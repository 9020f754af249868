import type { MediaStore } from "./store";

const VARIANT_KEY = /^v\/[0-9a-f]{32}\.(avif|webp|jpg)$/;
const TYPES: Record<string, string> = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" };

/** A variant's bytes as a public, immutable answer; anything else, originals included, is not found. */
export async function publicVariant(store: MediaStore, key: string): Promise<Response> {
  const match = VARIANT_KEY.exec(key);
  const bytes = match ? await store.get(key) : null;
  if (!match || !bytes)
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=60" } });
  return new Response(bytes, {
    headers: {
      "Content-Type": TYPES[match[1]!]!,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": String(bytes.byteLength),
    },
  });
}
