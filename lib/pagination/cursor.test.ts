import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURSOR_MAX_LENGTH, cursorParam, isInstantKey, keysetCursor, TEXT_KEY_MAX } from "./cursor";

const audit = keysetCursor({ kind: "audit", key: "instant", id: "serial" });
const people = keysetCursor({ kind: "people", key: "text", id: "uuid" });
const byDeadline = keysetCursor({ kind: "articles/deadline_asc", key: "instant", id: "uuid", infinity: true });
const byUpdate = keysetCursor({ kind: "articles/updated_desc", key: "instant", id: "uuid" });

const ID = "6f1c2f5e-8f0a-4d8e-9a57-2f3f0b7c1a11";
/** A cursor as an attacker would write it: any tuple, encoded the way real ones are. */
const forge = (tuple: unknown) => Buffer.from(JSON.stringify(tuple)).toString("base64url");
/** Either refusal of a cursor (not valid, or another list's), always on the `cursor` field. */
const refusal = { ok: false, code: "invalid", reason: "check_fields", fields: { cursor: { reason: expect.stringMatching(/^cursor_(invalid|other_list)$/) } } };

describe("instant keys", () => {
  it.each([
    "2026-01-01T10:00:00.123456Z",
    "2024-02-29T23:59:59.999999Z",
    "0001-01-01T00:00:00.000000Z",
    "9999-12-31T23:59:59.999999Z",
    "2000-02-29T00:00:00.000000Z",
  ])("accepts %s", (key) => expect(isInstantKey(key)).toBe(true));

  it.each([
    "2026-02-30T00:00:00.000000Z",
    "2023-02-29T00:00:00.000000Z",
    "1900-02-29T00:00:00.000000Z",
    "2026-04-31T00:00:00.000000Z",
    "2026-13-01T00:00:00.000000Z",
    "2026-00-10T00:00:00.000000Z",
    "0000-01-01T00:00:00.000000Z",
    "2026-01-01T24:00:00.000000Z",
    "2026-01-01T23:60:00.000000Z",
    "2026-01-01T23:59:60.000000Z",
    "9999-99-99 99:99:99+99",
    "9999-99-99T99:99:99.999999Z",
    "+275760-09-13T00:00:00.000000Z",
    "+275760-09-13T00:00:00.000Z",
    "2026-01-01T10:00:00.123Z",
    "2026-01-01T10:00:00.1234567Z",
    "2026-01-01 10:00:00.123456+00",
    "2026-01-01T10:00:00.123456+00:00",
    "2026-01-01T10:00:00.123456Z\u0000",
    "2026-01-01T10:00:00.123456Z\n",
    "٢٠٢٦-01-01T10:00:00.123456Z",
    "infinity",
    "",
  ])("refuses %j", (key) => expect(isInstantKey(key)).toBe(false));
});

describe("keyset cursors", () => {
  it("round-trips a position with its microseconds", () => {
    const position = { key: "2026-01-01T10:00:00.123457Z", id: 42 };
    const cursor = audit.encode(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(audit.decode(cursor)).toEqual({ ok: true, data: position });
    expect(audit.decode(audit.encode({ key: "2026-01-01T10:00:00.123456Z", id: 42 }))).not.toEqual({ ok: true, data: position });
  });

  it("round-trips text keys in any script, and infinity where the sort allows it", () => {
    const position = { key: 'منى علي — "quoted" \\ 50%', id: ID };
    expect(people.decode(people.encode(position))).toEqual({ ok: true, data: position });
    expect(byDeadline.decode(byDeadline.encode({ key: "infinity", id: ID }))).toEqual({ ok: true, data: { key: "infinity", id: ID } });
    expect(byUpdate.decode(forge([1, "articles/updated_desc", "infinity", ID]))).toMatchObject(refusal);
  });

  it.each([
    ["an impossible story time", byUpdate, forge([1, "articles/updated_desc", "9999-99-99 99:99:99+99", ID])],
    ["30 February", byUpdate, forge([1, "articles/updated_desc", "2026-02-30T00:00:00.000000Z", ID])],
    ["a NUL in the time", byUpdate, forge([1, "articles/updated_desc", "2026-01-01T00:00:00.000000Z\u0000", ID])],
    ["a date only JavaScript accepts", audit, forge([1, "audit", "+275760-09-13T00:00:00.000000Z", 1])],
    ["a millisecond time", audit, forge([1, "audit", "2026-01-01T00:00:00.000Z", 1])],
    ["an id of 36 hyphens", people, forge([1, "people", "Laila", "-".repeat(36)])],
    ["a uuid-shaped id with no version", people, forge([1, "people", "Laila", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"])],
    ["a NUL in a name", people, forge([1, "people", "La\u0000ila", ID])],
    ["a lone surrogate in a name", people, forge([1, "people", "La\ud800ila", ID])],
    ["an over-long name", people, forge([1, "people", "x".repeat(TEXT_KEY_MAX + 1), ID])],
    ["a zero id", audit, forge([1, "audit", "2026-01-01T00:00:00.000000Z", 0])],
    ["a negative id", audit, forge([1, "audit", "2026-01-01T00:00:00.000000Z", -5])],
    ["a fractional id", audit, forge([1, "audit", "2026-01-01T00:00:00.000000Z", 1.5])],
    ["an unsafe integer id", audit, forge([1, "audit", "2026-01-01T00:00:00.000000Z", 2 ** 53])],
    ["an id as text", audit, forge([1, "audit", "2026-01-01T00:00:00.000000Z", "1"])],
    ["another version", audit, forge([2, "audit", "2026-01-01T00:00:00.000000Z", 1])],
    ["an extra field", audit, forge([1, "audit", "2026-01-01T00:00:00.000000Z", 1, "more"])],
    ["a missing field", audit, forge([1, "audit", "2026-01-01T00:00:00.000000Z"])],
    ["an object", audit, forge({ kind: "audit", key: "2026-01-01T00:00:00.000000Z", id: 1 })],
    ["the old audit cursor", audit, Buffer.from("2026-01-01T00:00:00.000Z|1").toString("base64url")],
    ["the old story cursor", byUpdate, forge(["updated_desc", "2026-01-01 00:00:00+00", ID])],
    ["not base64url", audit, "not a cursor!"],
    ["base64 with padding", audit, `${audit.encode({ key: "2026-01-01T00:00:00.000000Z", id: 1 })}==`],
    ["JSON with spaces", audit, Buffer.from('[1, "audit", "2026-01-01T00:00:00.000000Z", 1]').toString("base64url")],
    ["invalid UTF-8", audit, Buffer.from([0x5b, 0x31, 0x2c, 0xff, 0x5d]).toString("base64url")],
    ["an impossible base64 length", audit, "abcde"],
    ["nothing", audit, ""],
    ["an over-long cursor", audit, "A".repeat(CURSOR_MAX_LENGTH + 1)],
  ] as const)("refuses %s with a field error, without throwing", (_label, codec, cursor) => {
    expect(codec.decode(cursor)).toMatchObject(refusal);
  });

  it("refuses garbage as a cursor that is not valid", () => {
    for (const cursor of ["not a cursor!", "", forge([1, "audit", "2026-01-01T00:00:00.000Z", 1])]) {
      expect(audit.decode(cursor)).toEqual({
        ok: false,
        code: "invalid",
        reason: "check_fields",
        params: { fields: "cursor" },
        fields: { cursor: { reason: "cursor_invalid" } },
      });
    }
  });

  it("refuses a cursor from another list or another sort", () => {
    const fromPeople = people.encode({ key: "Laila", id: ID });
    const otherList = { ok: false, code: "invalid", fields: { cursor: { reason: "cursor_other_list" } } };
    expect(audit.decode(fromPeople)).toMatchObject(otherList);
    expect(byDeadline.decode(byUpdate.encode({ key: "2026-01-01T00:00:00.000000Z", id: ID }))).toMatchObject(otherList);
  });

  it("will not write a cursor it could not read back", () => {
    expect(() => audit.encode({ key: "2026-01-01T00:00:00.000Z", id: 1 })).toThrow();
    expect(() => people.encode({ key: "a\u0000b", id: ID })).toThrow();
    expect(() => keysetCursor({ kind: "Audit Log", key: "instant", id: "serial" })).toThrow();
  });

  it("the query parameter admits the longest cursor a codec writes", () => {
    const longest = people.encode({ key: "\u0001".repeat(TEXT_KEY_MAX), id: ID });
    expect(longest.length).toBeLessThanOrEqual(CURSOR_MAX_LENGTH);
    expect(cursorParam.safeParse(longest).success).toBe(true);
    expect(cursorParam.safeParse("A".repeat(CURSOR_MAX_LENGTH + 1)).error?.issues[0]?.message).toBe("cursor_invalid");
  });
});

describe("keyset cursors, for any input", () => {
  const instant = fc
    .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true })
    .chain((date) => fc.integer({ min: 0, max: 999 }).map((micro) => `${date.toISOString().slice(0, 23)}${String(micro).padStart(3, "0")}Z`));

  it("round-trips every valid position exactly", () => {
    fc.assert(
      fc.property(
        instant,
        fc.maxSafeNat().filter((n) => n > 0),
        (key, id) => {
          expect(audit.decode(audit.encode({ key, id }))).toEqual({ ok: true, data: { key, id } });
        },
      ),
    );
    const name = fc.string({ unit: "grapheme", maxLength: 100 }).filter((s) => !s.includes("\u0000") && s.length <= TEXT_KEY_MAX);
    fc.assert(
      fc.property(name, fc.uuid(), (key, id) => {
        expect(people.decode(people.encode({ key, id }))).toEqual({ ok: true, data: { key, id } });
      }),
    );
  });

  it("agrees with the calendar: a key is valid exactly when the date it names exists", () => {
    const field = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    // Fields just past their ranges, and the years where leap-year rules turn.
    const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1, 4, 100, 400, 1900, 2000, 2024, 2100, 2400));
    const key = fc
      .tuple(year, field(13), field(32), field(24), field(60), field(60))
      .map(([y, mo, d, h, mi, s]) => `${String(y).padStart(4, "0")}-${mo}-${d}T${h}:${mi}:${s}.000001Z`);
    fc.assert(
      fc.property(key, (k) => {
        const date = new Date(k);
        // JS Date maps years 0–99 to 1900s only for the multi-argument form; the ISO form is exact.
        const exists = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === k.slice(0, 19) && !k.startsWith("0000");
        expect(isInstantKey(k)).toBe(exists);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on any string, and accepts nothing but its own cursors", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), fc.string({ unit: "binary" })), (raw) => {
        const decoded = audit.decode(raw);
        if (decoded.ok) expect(audit.encode(decoded.data)).toBe(raw);
        else expect(decoded).toMatchObject(refusal);
      }),
    );
  });

  it("refuses any forged tuple whose fields are not all valid", () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean());
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom(1, 2), fc.constantFrom("audit", "people"), anything, anything), (tuple) => {
        const decoded = audit.decode(forge(tuple));
        const valid =
          tuple[0] === 1 &&
          tuple[1] === "audit" &&
          typeof tuple[2] === "string" &&
          isInstantKey(tuple[2]) &&
          Number.isSafeInteger(tuple[3]) &&
          (tuple[3] as number) > 0;
        expect(decoded.ok).toBe(valid);
      }),
    );
  });
});
