import { expect, it } from "vitest";
import { elapsed } from "./duration";

const now = new Date("2026-06-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

it("says how long a story has waited, in the largest whole unit", () => {
  expect(elapsed(ago(5), now, "en")).toBe("5 minutes");
  expect(elapsed(ago(125), now, "en")).toBe("2 hours");
  expect(elapsed(ago(3 * 1440 + 7), now, "en")).toBe("3 days");
  expect(elapsed(ago(125), now, "ar")).toBe("ساعتان");
  expect(elapsed(ago(-3), now, "en")).toBe("0 minutes");
});
