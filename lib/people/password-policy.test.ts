import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("wants at least 12 characters, counted as characters (Arabic included)", () => {
    expect(passwordProblem("short-pass1")).toEqual({ reason: "password_too_short", params: { min: 12 } });
    expect(passwordProblem("كلمة-سر-طويلة")).toBeNull();
  });

  it("refuses common passwords, also with digits or symbols on the end", () => {
    for (const p of ["123qweasdzxc", "QWERTY123456", "password123456", "iloveyou2026!!"])
      expect(passwordProblem(p), p).toEqual({ reason: "password_too_common" });
    expect(passwordProblem("tram-lantern-quietly-7")).toBeNull();
  });

  it("refuses the person's own email or name inside the password", () => {
    expect(passwordProblem("sara.mansour@x.test!", { email: "sara.mansour@x.test" })).toEqual({ reason: "password_personal" });
    expect(passwordProblem("Sara Mansour 2026", { name: "sara mansour" })).toEqual({ reason: "password_personal" });
  });

  it("refuses more than 1,024 characters, the hasher's limit, and says so", () => {
    expect(passwordProblem("tram-lantern-".repeat(80))).toEqual({ reason: "password_too_long", params: { max: 1024 } });
  });
});
