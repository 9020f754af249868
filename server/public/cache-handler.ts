import type { CacheHandler, CacheHandlerValue } from "next/dist/server/lib/incremental-cache";
import { publicPageCache, type PageCacheValue } from "./page-cache";
import { buildIntegrity, PAGE_POLICY_HEADER, sealPage } from "./page-policy";
import { pageValidatorHeaders } from "./page-validator";

type GetContext = Parameters<CacheHandler["get"]>[1];
type SetContext = Parameters<CacheHandler["set"]>[2];
type Value = Parameters<CacheHandler["set"]>[1];

const TAGS_HEADER = "x-next-cache-tags";

/** The tags Next.js gave an entry: on the call for data, in a header for a rendered page. */
function tagsOf(data: NonNullable<Value>, ctx: SetContext): string[] {
  if ("tags" in ctx && ctx.tags) return ctx.tags;
  const header = "headers" in data ? data.headers?.[TAGS_HEADER] : undefined;
  return typeof header === "string" ? header.split(",").filter(Boolean) : [];
}

function revalidateSecondsOf(data: NonNullable<Value>, ctx: SetContext): number | false {
  if (data.kind === "FETCH") return data.revalidate;
  const revalidate = "cacheControl" in ctx ? ctx.cacheControl?.revalidate : undefined;
  return typeof revalidate === "number" ? revalidate : false;
}

/** Roughly the bytes an entry holds, for the cache's size bound. */
function sizeOf(data: NonNullable<Value>): number {
  if (data.kind === "APP_PAGE") {
    let size = data.html.length * 2 + (data.rscData?.byteLength ?? 0);
    for (const segment of data.segmentData?.values() ?? []) size += segment.byteLength;
    return size;
  }
  return JSON.stringify(data).length * 2;
}

/**
 * Next.js's server cache for rendered public pages and the data they read,
 * kept in this process (see page-cache.ts and lib/cache/tagged-store.ts).
 * Invalidation comes from the change feed (server/public/change-listener.ts);
 * `revalidateTag` from Next.js itself is applied here too.
 */
export default class PublicCacheHandler implements CacheHandler {
  private readonly cache = publicPageCache();
  private readonly integrityOf: (src: string) => string | undefined;

  constructor(ctx: { serverDistDir?: string }) {
    this.integrityOf = buildIntegrity(ctx.serverDistDir);
  }

  async get(key: string, _ctx: GetContext): Promise<CacheHandlerValue | null> {
    const entry = this.cache.get(key);
    if (!entry) {
      this.cache.noteRender(key);
      return null;
    }
    const { data, revalidateSeconds, cacheControl } = entry.value;
    const now = Date.now();
    let lastModified = entry.lastModified;
    if (this.cache.isStale(entry)) {
      // Served once more while Next.js renders it again in the background; with
      // no lifetime to express that, it is a miss.
      if (revalidateSeconds === false) {
        this.cache.noteRender(key);
        return null;
      }
      lastModified = Math.min(lastModified, now - revalidateSeconds * 1000 - 1);
    }
    if (revalidateSeconds !== false && now - lastModified > revalidateSeconds * 1000) this.cache.noteRender(key);
    return { lastModified, value: data as CacheHandlerValue["value"], cacheControl: cacheControl as CacheHandlerValue["cacheControl"] };
  }

  async set(key: string, data: Value, ctx: SetContext): Promise<void> {
    if (!data || data.kind === "IMAGE") return;
    // Written into Next.js's own value: the response to the request that rendered it is sent from the same
    // object, its policy and validators with it. A page already sealed (Next.js storing the previous one again after a failed render) stays as it is.
    if (data.kind === "APP_PAGE" && typeof data.html === "string" && !data.headers?.[PAGE_POLICY_HEADER]) {
      const sealed = sealPage(data.html, this.integrityOf);
      data.html = sealed.html;
      data.headers = { ...data.headers, [PAGE_POLICY_HEADER]: sealed.policy, ...pageValidatorHeaders(sealed.html, data.rscData) };
    }
    const cacheControl = "cacheControl" in ctx ? ctx.cacheControl : undefined;
    const value: PageCacheValue = { data, revalidateSeconds: revalidateSecondsOf(data, ctx), cacheControl };
    this.cache.set(key, value, tagsOf(data, ctx), sizeOf(data));
  }

  async revalidateTag(tags: string | string[]): Promise<void> {
    this.cache.expireTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache(): void {}
}
