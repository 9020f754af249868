import { describe, expect, it } from "vitest";
import { signInFormSchema } from "./credentials";
import { safeAuthRedirect, safeCallbackPath } from "./safe-redirect";
import { THROTTLE_POLICY, throttleDecision, windowStart } from "./throttle";

const now = new Date("2026-01-01T12:00:00Z");
const none = { count: 0, oldest: null };

describe("throttleDecision", () => {
  it("allows attempts under both limits", () => {
    expect(throttleDecision({ count: THROTTLE_POLICY.maxFailuresPerEmail - 1, oldest: now }, none, now)).toEqual({ allowed: true });
  });

  it("refuses an email with too many recent failures until the oldest leaves the window", () => {
    const oldest = new Date(now.getTime() - 5 * 60 * 1000);
    const decision = throttleDecision({ count: THROTTLE_POLICY.maxFailuresPerEmail, oldest }, none, now);
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: THROTTLE_POLICY.windowSeconds - 300 });
  });

  it("refuses a client address with too many failures across emails", () => {
    const decision = throttleDecision(none, { count: THROTTLE_POLICY.maxFailuresPerIp, oldest: now }, now);
    expect(decision).toMatchObject({ allowed: false });
  });

  it("counts from the start of the window", () => {
    expect(now.getTime() - windowStart(now).getTime()).toBe(THROTTLE_POLICY.windowSeconds * 1000);
  });
});

describe("signInFormSchema", () => {
  it("normalises the email", () => {
    expect(signInFormSchema.parse({ email: "  Reporter@Newsroom.TEST ", password: "x" }).email).toBe("reporter@newsroom.test");
  });

  it.each([
    [{ email: "", password: "x" }, "email", "email_required"],
    [{ password: "x" }, "email", "email_required"],
    [{ email: "not-an-email", password: "x" }, "email", "email_invalid"],
    [{ email: "a@b.co", password: "" }, "password", "password_required"],
  ])("flags %j", (input, field, reason) => {
    const result = signInFormSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(reason);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/dashboard/articles?status=draft")).toBe("/dashboard/articles?status=draft");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "/.//evil.example",
    "/..//evil.example/x",
    "/%2e%2e//evil.example",
    "/./\\evil.example",
    "javascript:alert(1)",
    "/login",
    "/api/auth/signout",
    42,
    undefined,
  ])("refuses %j", (candidate) => {
    expect(safeCallbackPath(candidate)).toBe("/dashboard");
  });
});

describe("safeAuthRedirect", () => {
  const base = "http://localhost:3000";

  it("keeps our own paths and addresses", () => {
    expect(safeAuthRedirect("/dashboard/articles?status=draft", base)).toBe(`${base}/dashboard/articles?status=draft`);
    expect(safeAuthRedirect(`${base}/dashboard`, base)).toBe(`${base}/dashboard`);
    expect(safeAuthRedirect(base, base)).toBe(base);
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "/.//evil.example",
    `${base}//evil.example`,
    `${base}/\\evil.example`,
    "/api/auth/signout",
    "javascript:alert(1)",
  ])("sends %j to the home page", (url) => {
    expect(safeAuthRedirect(url, base)).toBe(base);
  });
});
