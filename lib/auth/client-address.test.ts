import { describe, expect, it } from "vitest";
import { clientAddress, rewriteForwardedFor } from "./client-address";

describe("X-Forwarded-For", () => {
  it("ignores what a client claims when no proxy is trusted", () => {
    const header = rewriteForwardedFor("203.0.113.66, 198.51.100.1", "::ffff:192.0.2.10", false);
    expect(header).toBe("192.0.2.10");
    expect(clientAddress(header, false)).toBe("192.0.2.10");
  });

  it("behind a trusted proxy, uses the address the proxy saw, not what the client added", () => {
    // The client forged 203.0.113.66; the proxy appended the real client 198.51.100.7.
    const header = rewriteForwardedFor("203.0.113.66, 198.51.100.7", "10.0.0.2", true);
    expect(header).toBe("203.0.113.66, 198.51.100.7, 10.0.0.2");
    expect(clientAddress(header, true)).toBe("198.51.100.7");
  });

  it("copes with a missing header or socket", () => {
    expect(rewriteForwardedFor(undefined, undefined, false)).toBeUndefined();
    expect(clientAddress(null, false)).toBeNull();
    expect(clientAddress("192.0.2.1", true)).toBe("192.0.2.1");
  });
});
