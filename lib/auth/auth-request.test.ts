import { describe, expect, it } from "vitest";
import { cleanAuthRequest } from "./auth-request";

const AT = "http://127.0.0.1:3000/api/auth/signin";

describe("requests to Auth.js's own routes", () => {
  it.each(["javascript:alert(1)", "%ZZ", "//evil.example/x", "https://evil.example/", "data:text/html,x"])("a callbackUrl of %s becomes a safe path", (bad) => {
    const cleaned = cleanAuthRequest(`${AT}?callbackUrl=${encodeURIComponent(bad)}`, null);
    expect(new URL(cleaned!.url).searchParams.get("callbackUrl")).toBe("/");
  });

  it("a callbackUrl that is one of our paths is kept as is", () => {
    expect(cleanAuthRequest(`${AT}?callbackUrl=${encodeURIComponent("/dashboard/articles?status=draft")}`, null)).toBeNull();
  });

  it.each(["javascript:alert(1)", "%ZZ", "%25ZZ", "javascript%3Aalert(1)", "evil"])("a callback cookie of %s is dropped, the other cookies kept", (bad) => {
    const cleaned = cleanAuthRequest(AT, `a=1; authjs.callback-url=${bad}; authjs.session-token=t`);
    expect(cleaned).toEqual({ url: AT, cookieHeader: "a=1; authjs.session-token=t" });
  });

  it("the callback cookie Auth.js itself sets is kept", () => {
    expect(cleanAuthRequest(AT, `authjs.callback-url=${encodeURIComponent("http://127.0.0.1:3000/dashboard")}`)).toBeNull();
  });
});
