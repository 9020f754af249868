import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AutosaveQueue, type AutosaveState, type SaveOutcome } from "./queue";

type Call = { text: string; version: number; mode: string; resolve: (o: SaveOutcome) => void };

function harness(options: { delayMs?: number; retryMs?: number } = {}) {
  const calls: Call[] = [];
  const states: AutosaveState[] = [];
  const queue = new AutosaveQueue<string>({
    version: 1,
    saved: "",
    equal: (a, b) => a === b,
    save: (text, version, mode) => new Promise((resolve) => calls.push({ text, version, mode, resolve })),
    ...options,
  });
  queue.subscribe((s) => states.push(s));
  return { queue, calls, states, status: () => queue.current.status };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("AutosaveQueue", () => {
  it("saves once, two seconds after typing stops, with the newest text", async () => {
    const { queue, calls, status } = harness();
    queue.change("ا");
    await vi.advanceTimersByTimeAsync(1500);
    queue.change("اب");
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(0);
    expect(status()).toBe("pending");
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.map((c) => [c.text, c.version, c.mode])).toEqual([["اب", 1, "autosave"]]);
    expect(status()).toBe("saving");
    calls[0]!.resolve({ kind: "saved", version: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.current).toMatchObject({ status: "saved", version: 2 });
  });

  it("sends text typed during a save right after it, against the new version", async () => {
    const { queue, calls, status } = harness();
    queue.change("أ");
    await vi.advanceTimersByTimeAsync(2000);
    queue.change("أب");
    calls[0]!.resolve({ kind: "saved", version: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => [c.text, c.version])).toEqual([
      ["أ", 1],
      ["أب", 2],
    ]);
    calls[1]!.resolve({ kind: "saved", version: 3 });
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toBe("saved");
    expect(queue.unsaved()).toBeNull();
  });

  it("keeps the text while offline, retries, and saves it when the connection is back", async () => {
    const { queue, calls, status } = harness({ retryMs: 5000 });
    queue.change("نص");
    await vi.advanceTimersByTimeAsync(2000);
    calls[0]!.resolve({ kind: "offline" });
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toBe("offline");
    expect(queue.unsaved()).toBe("نص");
    queue.change("نص أطول");
    expect(status()).toBe("offline");
    queue.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.at(-1)?.text).toBe("نص أطول");
    calls.at(-1)!.resolve({ kind: "saved", version: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toBe("saved");
  });

  it("says offline the moment the browser loses the connection, and saved again when it is back with nothing to send", async () => {
    const { queue, status } = harness();
    queue.offline();
    expect(status()).toBe("offline");
    queue.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(status()).toBe("saved");
  });

  it("treats a request that throws (network down) as offline and tries again later", async () => {
    const states: string[] = [];
    let attempts = 0;
    const queue = new AutosaveQueue<string>({
      version: 1,
      saved: "",
      equal: (a, b) => a === b,
      save: async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError("Failed to fetch");
        return { kind: "saved", version: 2 };
      },
      retryMs: 3000,
    });
    queue.subscribe((s) => states.push(s.status));
    queue.change("x");
    await vi.advanceTimersByTimeAsync(2000);
    expect(queue.current.status).toBe("offline");
    await vi.advanceTimersByTimeAsync(3000);
    expect(attempts).toBe(2);
    expect(queue.current.status).toBe("saved");
    expect(states).toEqual(["pending", "saving", "offline", "saving", "saved"]);
  });

  it("stops on a conflict and saves nothing more until it is settled", async () => {
    const { queue, calls, status } = harness();
    queue.change("لي");
    await vi.advanceTimersByTimeAsync(2000);
    calls[0]!.resolve({ kind: "conflict" });
    await vi.advanceTimersByTimeAsync(0);
    queue.change("لي أكثر");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(1);
    expect(status()).toBe("conflict");
    queue.settle("المدموج", 7);
    expect(queue.current).toMatchObject({ status: "saved", version: 7 });
    queue.change("المدموج ثم");
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls.at(-1)).toMatchObject({ text: "المدموج ثم", version: 7 });
  });

  it("reports a refusal with its message and tries again after the next change", async () => {
    const { queue, calls, status } = harness();
    queue.change("bad");
    await vi.advanceTimersByTimeAsync(2000);
    calls[0]!.resolve({ kind: "failed", refusal: { reason: "check_fields" }, fields: { headline: { reason: "headline_required" } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(queue.current).toMatchObject({ status: "failed", fields: { headline: { reason: "headline_required" } } });
    queue.change("good");
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls.at(-1)?.text).toBe("good");
    expect(status()).toBe("saving");
  });

  it("an explicit save goes at once and is sent as explicit even when nothing changed", async () => {
    const { queue, calls } = harness();
    const done = queue.flush("explicit");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.mode)).toEqual(["explicit"]);
    calls[0]!.resolve({ kind: "saved", version: 2 });
    expect(await done).toMatchObject({ status: "saved", version: 2 });
  });

  it("typing back to the saved text needs no save", async () => {
    const { queue, calls, status } = harness();
    queue.change("x");
    queue.change("");
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
    expect(status()).toBe("saved");
  });
});
