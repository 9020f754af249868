import { mediaSetup } from "@/server/media/media-setup";
import { publicVariant } from "@/server/media/public-variant";

/**
 * The variants readers get, by content hash: a file under a name never
 * changes, so it is cached for a year everywhere. Only variants: originals
 * stay with the desk. In production nginx or a CDN answers most of these.
 */
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }): Promise<Response> {
  return publicVariant(mediaSetup().store, (await context.params).key.join("/"));
}
