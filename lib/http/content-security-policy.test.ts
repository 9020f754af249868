import { describe, expect, it } from "vitest";
import { freshNonce, hashPolicy, noncePolicy } from "./content-security-policy";

/** The policy as a map from directive to its sources, the way a browser reads it. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const NONCE = "AAECAwQFBgcICQoLDA0ODw==";

describe("the policy of a page rendered per request", () => {
  it("allows scripts by the request's nonce and what they load, nothing inline, no eval", () => {
    const policy = directives(noncePolicy(NONCE, { dev: false }));
    expect(policy.get("script-src")).toEqual([`'nonce-${NONCE}'`, "'strict-dynamic'", "'self'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("lets React's development build evaluate code, in development only", () => {
    expect(directives(noncePolicy(NONCE, { dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(noncePolicy(NONCE, { dev: false })).get("script-src")).not.toContain("'unsafe-eval'");
  });

  it.each(["", "short", "has space in it long enough", "quote'breaks-out-of-the-source"])("refuses %j as a nonce", (nonce) => {
    expect(() => noncePolicy(nonce, { dev: false })).toThrow();
  });
});

describe("the policy of a cached page", () => {
  it("allows exactly the hashed scripts and what they load", () => {
    const policy = directives(hashPolicy(["'sha256-abc='", "'sha384-def='"]));
    expect(policy.get("script-src")).toEqual(["'sha256-abc='", "'sha384-def='", "'strict-dynamic'", "'self'"]);
  });

  it("without hashes lets no script run ('self' is ignored beside 'strict-dynamic')", () => {
    expect(directives(hashPolicy([])).get("script-src")).toEqual(["'strict-dynamic'", "'self'"]);
  });
});

describe("what every page's policy says", () => {
  it.each([
    ["per request", noncePolicy(NONCE, { dev: false })],
    ["cached", hashPolicy(["'sha256-abc='"])],
  ])("%s: no plugins, no <base>, forms to ourselves, never framed, styles inline allowed", (_name, text) => {
    const policy = directives(text);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(text).not.toMatch(/[\r\n,]/);
  });
});

describe("pictures", () => {
  it("come from our own origin, and from the media CDN's when one is set, and nowhere else", () => {
    expect(directives(noncePolicy(NONCE, { dev: false })).get("img-src")).toEqual(["'self'", "data:"]);
    expect(directives(hashPolicy([])).get("img-src")).toEqual(["'self'", "data:"]);
    const cdn = ["https://cdn.example.com"];
    expect(directives(noncePolicy(NONCE, { dev: false, imageOrigins: cdn })).get("img-src")).toEqual(["'self'", "data:", "https://cdn.example.com"]);
    expect(directives(hashPolicy(["'sha256-abc='"], cdn)).get("img-src")).toEqual(["'self'", "data:", "https://cdn.example.com"]);
    expect(directives(hashPolicy([], cdn)).get("connect-src")).toEqual(["'self'"]);
  });
});

describe("freshNonce", () => {
  it("is 16 random bytes in base64, which the policy accepts", () => {
    const nonce = freshNonce(() => new Uint8Array(16).map((_, i) => i));
    expect(nonce).toBe(NONCE);
    expect(() => noncePolicy(freshNonce(), { dev: false })).not.toThrow();
    expect(freshNonce()).not.toBe(freshNonce());
  });
});
