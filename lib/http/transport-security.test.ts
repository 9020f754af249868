import { describe, expect, it } from "vitest";
import { HSTS, strictTransportSecurity } from "./transport-security";

describe("strictTransportSecurity", () => {
  it.each([
    ["behind a trusted proxy that says https", "https", true, HSTS],
    ["with the proxy's list, first hop first", "HTTPS, http", true, HSTS],
    ["as repeated headers", ["https", "http"], true, HSTS],
    ["behind a trusted proxy that says http", "http", true, undefined],
    ["behind a trusted proxy that says nothing", undefined, true, undefined],
    ["when a client claims https and no proxy is trusted", "https", false, undefined],
  ] as const)("%s", (_name, proto, trustProxy, expected) => {
    expect(strictTransportSecurity(proto as string | string[] | undefined, trustProxy)).toBe(expected);
  });
});
