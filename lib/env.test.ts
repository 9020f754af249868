import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";
import { parseLocalInput, toLocalInput, zonedWallClockToInstant } from "./time/zoned";
import { formatStoryTime } from "./time/format";

describe("parseEnv", () => {
  it("fills defaults", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", NEWSROOM_DATA_DIR: ".data", NEWSROOM_TIMEZONE: "Africa/Cairo", NEWSROOM_SEED_DEMO: false });
  });

  it("names each bad variable", () => {
    const bad = () => parseEnv({ PORT: "http", NEWSROOM_TIMEZONE: "Mars/Olympus", DATABASE_URL: "mysql://x", AUTH_SECRET: "short" });
    expect(bad).toThrow(EnvError);
    for (const name of ["PORT", "NEWSROOM_TIMEZONE", "DATABASE_URL", "AUTH_SECRET"]) expect(bad).toThrow(name);
  });
});

describe("NEWSROOM_PUBLIC_URL", () => {
  it("is optional and loses a trailing slash", () => {
    expect(parseEnv({}).NEWSROOM_PUBLIC_URL).toBeUndefined();
    expect(parseEnv({ NEWSROOM_PUBLIC_URL: "" }).NEWSROOM_PUBLIC_URL).toBeUndefined();
    expect(parseEnv({ NEWSROOM_PUBLIC_URL: "https://news.example/" }).NEWSROOM_PUBLIC_URL).toBe("https://news.example");
    expect(parseEnv({ NEWSROOM_PUBLIC_URL: "https://example.org/news/" }).NEWSROOM_PUBLIC_URL).toBe("https://example.org/news");
  });

  it("refuses what is not an http(s) base", () => {
    for (const bad of [
      "news.example",
      "ftp://news.example",
      "https://news.example/?utm=x",
      "https://news.example/#top",
      `https://news.example/${"x".repeat(200)}`,
    ]) {
      expect(() => parseEnv({ NEWSROOM_PUBLIC_URL: bad }), bad).toThrow("NEWSROOM_PUBLIC_URL");
    }
  });
});

describe("newsroom time", () => {
  it("reads 2018-06-17 01:58 in Cairo as 23:58 UTC the day before", () => {
    expect(zonedWallClockToInstant({ year: 2018, month: 6, day: 17, hour: 1, minute: 58 }, "Africa/Cairo").toISOString()).toBe("2018-06-16T23:58:00.000Z");
  });

  it("formats story times in the newsroom's zone with Western digits", () => {
    const instant = new Date("2018-06-16T23:58:00Z");
    expect(formatStoryTime(instant, "ar", "Africa/Cairo")).toMatch(/17 يونيو 2018/);
    expect(formatStoryTime(instant, "en", "Africa/Cairo")).toMatch(/17 June 2018/);
  });
});

it("treats an empty variable as unset", () => {
  expect(parseEnv({ DATABASE_URL: "", AUTH_SECRET: "" })).toMatchObject({ DATABASE_URL: undefined, AUTH_SECRET: undefined });
});

describe("datetime-local fields in the newsroom's zone", () => {
  it("round-trips a wall-clock time", () => {
    const instant = parseLocalInput("2026-07-01T09:30", "Africa/Cairo");
    expect(instant?.toISOString()).toBe("2026-07-01T06:30:00.000Z");
    expect(toLocalInput(instant!, "Africa/Cairo")).toBe("2026-07-01T09:30");
  });

  it("refuses what is not a datetime-local value, impossible dates and skipped times", () => {
    for (const bad of ["", "2026-13-01T09:30", "tomorrow", "2026-07-01 09:30", "2026-02-31T10:00", "2026-04-24T00:30"]) {
      expect(parseLocalInput(bad, "Africa/Cairo"), bad).toBeNull();
    }
  });

  it("reads Cairo's summer and winter time, whatever zone the server runs in", () => {
    expect(parseLocalInput("2026-01-15T12:00", "Africa/Cairo")?.toISOString()).toBe("2026-01-15T10:00:00.000Z");
    expect(parseLocalInput("2026-08-15T12:00", "Africa/Cairo")?.toISOString()).toBe("2026-08-15T09:00:00.000Z");
    expect(parseLocalInput("2026-08-15T12:00", "America/New_York")?.toISOString()).toBe("2026-08-15T16:00:00.000Z");
  });
});
