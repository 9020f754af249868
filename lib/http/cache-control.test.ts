import { describe, expect, it } from "vitest";
import { responseCacheControl } from "./cache-control";

const policy = { sMaxAge: 1, staleWhileRevalidate: 60, staleIfError: 86_400 };

describe("responseCacheControl", () => {
  it.each([
    [
      "a page Next.js caches (ISR)",
      "s-maxage=3600, stale-while-revalidate=31532400",
      false,
      "public, s-maxage=1, stale-while-revalidate=60, stale-if-error=86400",
    ],
    ["a page Next.js prerendered for good", "s-maxage=31536000", false, "public, s-maxage=1, stale-while-revalidate=60, stale-if-error=86400"],
    ["a cacheable page that sets a cookie", "s-maxage=3600", true, "private, no-store"],
    ["a signed-in page", "private, no-cache, no-store, max-age=0, must-revalidate", false, "private, no-cache, no-store, max-age=0, must-revalidate"],
    ["a route handler Next.js left unmarked", undefined, false, "private, no-store"],
    ["a hashed asset", "public, max-age=31536000, immutable", false, "public, max-age=31536000, immutable"],
    ["an odd mix that says private", "private, s-maxage=60", false, "private, s-maxage=60"],
  ] as const)("%s", (_name, current, setsCookie, expected) => {
    expect(responseCacheControl(current, setsCookie, policy)).toBe(expected);
  });
});
