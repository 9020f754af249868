import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("wants at least 12 characters, counted as characters (Arabic included)", () => {
    expect(passwordProblem("short-pass1")).toBe("short");
    expect(passwordProblem("كلمة-سر-طويلة")).toBeNull();
  });

  it("refuses common passwords, also with digits or symbols on the end", () => {
    for (const p of ["123qweasdzxc", "QWERTY123456", "password123456", "iloveyou2026!!"]) expect(passwordProblem(p), p).toBe("common");
    expect(passwordProblem("tram-lantern-quietly-7")).toBeNull();
  });

  it("refuses the person's own email or name inside the password", () => {
    expect(passwordProblem("sara.mansour@x.test!", { email: "sara.mansour@x.test" })).toBe("personal");
    expect(passwordProblem("Sara Mansour 2026", { name: "sara mansour" })).toBe("personal");
  });
});
