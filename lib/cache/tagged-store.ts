import { LRUCache } from "lru-cache";

export type StoredEntry<V> = {
  value: V;
  /** When the data in `value` was read: the moment its render started. */
  lastModified: number;
  tags: readonly string[];
};

export type TaggedStoreOptions = {
  /** Upper bound on the summed sizes of the entries; the least recently used go first. */
  maxBytes: number;
  /** How long an invalidation is remembered for renders that were already running. */
  renderWindowMs?: number;
  now?: () => number;
};

// Longer than any render should take, even one waiting on a slow database.
const DEFAULT_RENDER_WINDOW_MS = 300_000;

/**
 * An in-process cache of rendered pages and data, each entry carrying the
 * tags of what it shows. Expiring a tag deletes its entries at once, so the
 * next reader gets a fresh render, never the old page.
 *
 * A render that began before an invalidation and finishes after it read the
 * old data; storing it would keep the old page until the next change. So the
 * store notes when a render of a key may have started (`noteRender`, called
 * on a miss) and refuses to keep a result whose tags were expired since.
 */
export class TaggedStore<V> {
  private readonly entries: LRUCache<string, StoredEntry<V>>;
  private readonly byTag = new Map<string, Set<string>>();
  private readonly renderStarts = new Map<string, number>();
  private readonly recentExpiries = new Map<string, number>();
  private readonly renderWindowMs: number;
  private readonly now: () => number;
  /** Entries read before this moment may have missed invalidations (see `markAllStale`). */
  private staleBefore = 0;

  constructor(options: TaggedStoreOptions) {
    this.renderWindowMs = options.renderWindowMs ?? DEFAULT_RENDER_WINDOW_MS;
    this.now = options.now ?? Date.now;
    this.entries = new LRUCache<string, StoredEntry<V>>({
      maxSize: Math.max(1, options.maxBytes),
      dispose: (entry, key) => this.unindex(key, entry.tags),
    });
  }

  get(key: string): StoredEntry<V> | undefined {
    return this.entries.get(key);
  }

  /** Whether an entry was read before `markAllStale` and should be rendered again in the background. */
  isStale(entry: StoredEntry<V>): boolean {
    return entry.lastModified < this.staleBefore;
  }

  /** A render of `key` may start now (the earliest such moment since its last store counts). */
  noteRender(key: string): void {
    const started = this.renderStarts.get(key);
    // A render that never finished (it failed) leaves its mark; past the window it says nothing.
    if (started === undefined || this.now() - started > this.renderWindowMs) this.renderStarts.set(key, this.now());
  }

  /**
   * Keeps a render's result, unless one of its tags was expired after the
   * render began. Returns whether it was kept.
   */
  set(key: string, value: V, tags: readonly string[], size: number): boolean {
    const started = this.renderStarts.get(key) ?? this.now() - this.renderWindowMs;
    this.renderStarts.delete(key);
    this.pruneExpiries();
    if (tags.some((tag) => (this.recentExpiries.get(tag) ?? -Infinity) >= started)) {
      this.entries.delete(key);
      return false;
    }
    this.entries.delete(key);
    this.entries.set(key, { value, lastModified: started, tags: [...tags] }, { size: Math.max(1, Math.ceil(size)) });
    // An entry larger than the whole store is not kept at all.
    if (!this.entries.has(key)) return false;
    this.index(key, tags);
    return true;
  }

  /** Deletes every entry carrying one of `tags`; returns how many went. */
  expireTags(tags: readonly string[]): number {
    const at = this.now();
    let removed = 0;
    for (const tag of new Set(tags)) {
      this.recentExpiries.set(tag, at);
      for (const key of [...(this.byTag.get(tag) ?? [])]) {
        if (this.entries.delete(key)) removed += 1;
      }
    }
    return removed;
  }

  /**
   * Every entry read until now may have missed an invalidation (the feed of
   * changes was interrupted): each is served once more while it is rendered
   * again, and a render already running is not kept.
   */
  markAllStale(): void {
    // A render running now is stored dated its start, so it counts as stale too.
    this.staleBefore = this.now();
  }

  get size(): number {
    return this.entries.size;
  }

  private index(key: string, tags: readonly string[]) {
    for (const tag of tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  private unindex(key: string, tags: readonly string[]) {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }

  private pruneExpiries() {
    const horizon = this.now() - this.renderWindowMs;
    for (const [tag, at] of this.recentExpiries) if (at < horizon) this.recentExpiries.delete(tag);
    // Renders that failed leave their start behind; past the window it says nothing.
    for (const [key, at] of this.renderStarts) if (at < horizon) this.renderStarts.delete(key);
  }
}
