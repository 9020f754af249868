import type { FieldErrors, Refusal } from "../errors";
/** What one attempt to save produced. */
export type SaveOutcome =
  { kind: "saved"; version: number } | { kind: "offline" } | { kind: "conflict" } | { kind: "failed"; code?: string; refusal?: Refusal; fields?: FieldErrors };

/** Saved · waiting for a pause · Saving… · Offline (kept on this device) · Conflict · refused. */
type AutosaveStatus = "saved" | "pending" | "saving" | "offline" | "conflict" | "failed";

export type AutosaveState = {
  status: AutosaveStatus;
  version: number;
  /** Why the server refused, when it did: an error code and its refusal (lib/errors). */
  code?: string;
  refusal?: Refusal;
  fields?: FieldErrors;
};

type Options<S> = {
  version: number;
  saved: S;
  save: (snapshot: S, version: number, mode: "autosave" | "explicit") => Promise<SaveOutcome>;
  equal: (a: S, b: S) => boolean;
  /** The pause after the last change before saving. */
  delayMs?: number;
  /** How soon to try again while offline (the browser's `online` event retries at once). */
  retryMs?: number;
};

/**
 * Keeps one story's edits flowing to the server: a save after a pause in
 * typing, one request at a time, the newest text sent again if it changed
 * while a save was in flight, retries while offline, and a stop on conflict
 * (the person decides, see the conflict view). Framework-free so it can be
 * tested with fake timers.
 */
export class AutosaveQueue<S> {
  private latest: S;
  private saved: S;
  private state: AutosaveState;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private sealPending = false;
  private readonly listeners = new Set<(state: AutosaveState) => void>();
  private readonly delayMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: Options<S>) {
    this.latest = options.saved;
    this.saved = options.saved;
    this.state = { status: "saved", version: options.version };
    this.delayMs = options.delayMs ?? 2000;
    this.retryMs = options.retryMs ?? 5000;
  }

  /** Calls `listener` on every change of state; returns the way to stop. */
  subscribe(listener: (state: AutosaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get current(): AutosaveState {
    return this.state;
  }

  /** What the server is known to hold. */
  confirmed(): S {
    return this.saved;
  }

  /** The newest text, when the server does not have it yet. */
  unsaved(): S | null {
    return this.options.equal(this.latest, this.saved) ? null : this.latest;
  }

  change(snapshot: S): void {
    this.latest = snapshot;
    if (this.state.status === "conflict") return;
    if (this.options.equal(snapshot, this.saved) && !this.inFlight) {
      this.clearTimer();
      this.set({ status: "saved" });
      return;
    }
    if (this.state.status !== "offline" && !this.inFlight) this.set({ status: "pending" });
    this.schedule(this.state.status === "offline" ? this.retryMs : this.delayMs);
  }

  /** Saves now (on blur, before leaving, or when the person asks); explicit saves seal the revision. */
  async flush(mode: "autosave" | "explicit" = "autosave"): Promise<AutosaveState> {
    if (mode === "explicit") this.sealPending = true;
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    await this.run();
    return this.state;
  }

  /**
   * Text the server may not have been based on (a copy typed against an older
   * version): nothing is sent until the person has compared and chosen.
   */
  hold(snapshot: S): void {
    this.clearTimer();
    this.latest = snapshot;
    this.set({ status: "conflict" });
  }

  /** The connection is gone: say so at once, not at the next save; saving resumes when it returns. */
  offline(): void {
    if (this.state.status !== "conflict" && this.state.status !== "failed") this.set({ status: "offline" });
  }

  /** The connection is back: try at once. */
  online(): void {
    if (this.state.status === "offline") void this.flush();
  }

  /** After a conflict is settled: the server now holds `snapshot` at `version`. */
  settle(snapshot: S, version: number): void {
    this.clearTimer();
    this.latest = snapshot;
    this.saved = snapshot;
    this.set({ status: "saved", version, code: undefined, refusal: undefined, fields: undefined });
  }

  /** The story moved on elsewhere (a workflow step) with the same text. */
  adoptVersion(version: number): void {
    if (version > this.state.version) this.set({ version });
  }

  dispose(): void {
    this.clearTimer();
  }

  private async run(): Promise<void> {
    if (this.inFlight || this.state.status === "conflict") return;
    const seal = this.sealPending;
    if (!seal && this.options.equal(this.latest, this.saved)) {
      if (this.state.status !== "failed") this.set({ status: "saved" });
      return;
    }
    const snapshot = this.latest;
    this.set({ status: "saving" });
    let finish!: () => void;
    this.inFlight = new Promise((resolve) => (finish = resolve));
    try {
      const outcome = await this.options.save(snapshot, this.state.version, seal ? "explicit" : "autosave").catch((): SaveOutcome => ({ kind: "offline" }));
      if (outcome.kind === "saved") {
        if (seal) this.sealPending = false;
        this.saved = snapshot;
        const more = !this.options.equal(this.latest, snapshot);
        this.set({ status: more ? "pending" : "saved", version: outcome.version, code: undefined, refusal: undefined, fields: undefined });
        if (more) this.schedule(0);
      } else if (outcome.kind === "offline") {
        this.set({ status: "offline" });
        this.schedule(this.retryMs);
      } else if (outcome.kind === "conflict") {
        this.set({ status: "conflict" });
      } else {
        this.set({ status: "failed", code: outcome.code, refusal: outcome.refusal, fields: outcome.fields });
      }
    } finally {
      this.inFlight = null;
      finish();
    }
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private set(next: Partial<AutosaveState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener(this.state);
  }
}
