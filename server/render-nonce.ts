import { AsyncLocalStorage } from "node:async_hooks";

type Scope = { nonce?: string };

const KEY = Symbol.for("newsroom.render-nonce");

type Holder = { [KEY]?: AsyncLocalStorage<Scope> };

/**
 * One storage for the process: our HTTP server, the proxy and the cache
 * handler are loaded in different module graphs (tsx's and Next.js's), so
 * they meet on the process, as the page cache does (server/public/page-cache.ts).
 */
function storage(): AsyncLocalStorage<Scope> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new AsyncLocalStorage<Scope>();
  return holder[KEY];
}

/** Our HTTP server runs each request in a scope of its own (scripts/http-server.ts). */
export function inRequestScope<T>(handle: () => T): T {
  return storage().run({}, handle);
}

/** The proxy notes the nonce it gave this request's render (proxy.ts). */
export function noteRenderNonce(nonce: string): void {
  const scope = storage().getStore();
  if (scope) scope.nonce = nonce;
}

/**
 * The nonce the page being stored was rendered with, as the proxy chose it
 * for the request that rendered it: the cache handler hashes the scripts that
 * carry it (server/public/cache-handler.ts). Never read from the page itself,
 * where stored text could have put one.
 */
export function renderNonce(): string | undefined {
  return storage().getStore()?.nonce;
}
