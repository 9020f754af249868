import { z } from "../zod";
import { invalid, type Result } from "../errors";

/**
 * One keyset cursor for every list. A cursor is the position of the last row
 * a page showed: its sort key and its id, tagged with a format version and the
 * list (kind) it belongs to, as base64url JSON — `[1, "audit", key, id]`.
 *
 * Cursors are not signed: a forged one can only start a page somewhere in a
 * list the reader may already read in full (every filter and policy still
 * applies), and signing would need a secret whose rotation breaks shared
 * links. What a cursor can never do is carry anything PostgreSQL would choke
 * on: `decode` checks every field strictly, and nothing else reaches SQL.
 */

const CURSOR_VERSION = 1;

/** Longest text sort key (headlines are at most 300 characters, names 200). */
export const TEXT_KEY_MAX = 500;

/**
 * Longest cursor: a maximal text key where JSON writes each UTF-16 unit as a
 * six-byte `\uXXXX` escape, plus the rest of the tuple, in base64.
 */
export const CURSOR_MAX_LENGTH = Math.ceil((TEXT_KEY_MAX * 6 + 200) / 3) * 4;

/**
 * An instant as a cursor carries it: UTC with exactly six fractional digits,
 * because PostgreSQL's timestamptz keeps microseconds and a JS Date does not.
 * The database writes it (see db/queries/keyset.ts) and reads it back exactly.
 */
const INSTANT_KEY = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{6}Z$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysIn(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `text` is an instant key: the exact shape and a real time in years 1–9999 (no 2026-02-30, no 24:00). */
export function isInstantKey(text: string): boolean {
  const match = INSTANT_KEY.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}

/** Text PostgreSQL can hold: no NUL, no lone surrogate, bounded. */
function isKeyText(text: string): boolean {
  return text.length <= TEXT_KEY_MAX && !text.includes("\u0000") && !/\p{Surrogate}/u.test(text);
}

export type KeyType = "instant" | "text";
export type IdType = "uuid" | "serial";
type IdValue<I extends IdType> = I extends "uuid" ? string : number;

/** Where the last page ended: its sort key (instant key or text) and the row's id. */
export type Position<I extends IdType> = { key: string; id: IdValue<I> };

export type CursorSpec<I extends IdType> = {
  /** The list (and its sort) this cursor belongs to, such as "audit" or "articles/updated_desc". */
  kind: string;
  key: KeyType;
  id: I;
  /** Whether the key may be "infinity" (a sort that puts missing times last). */
  infinity?: boolean;
};

export type CursorCodec<I extends IdType> = {
  readonly kind: string;
  readonly key: KeyType;
  readonly id: I;
  /** The cursor for a position; throws if the position could not be read back (a bug, not a user's doing). */
  encode(position: Position<I>): string;
  /** The position in a cursor, or an `invalid` failure on the `cursor` field: never throws. */
  decode(cursor: string): Result<Position<I>>;
};

const KIND = /^[a-z][a-z0-9_/-]{0,63}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

function toBase64url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The text in a base64url string, or null if it is not base64url of UTF-8. */
function fromBase64url(cursor: string): string | null {
  if (!BASE64URL.test(cursor) || cursor.length % 4 === 1) return null;
  try {
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The two refusals of a cursor, on the `cursor` field (made afresh: a caller may add to its failure). */
const notValid = () => invalid([{ path: ["cursor"], message: "cursor_invalid" }]);
const otherList = () => invalid([{ path: ["cursor"], message: "cursor_other_list" }]);

/** The codec for one list's cursors. */
export function keysetCursor<I extends IdType>(spec: CursorSpec<I>): CursorCodec<I> {
  if (!KIND.test(spec.kind)) throw new Error(`Cursor kind ${JSON.stringify(spec.kind)} is not a short lower-case name.`);
  const key =
    spec.key === "text"
      ? z.string().refine(isKeyText)
      : z
          .string()
          .max(32)
          .refine((k) => isInstantKey(k) || (spec.infinity === true && k === "infinity"));
  const id = spec.id === "uuid" ? z.uuid() : z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
  const tuple = z.tuple([z.literal(CURSOR_VERSION), z.literal(spec.kind), key, id]);

  const write = (position: Position<I>) => toBase64url(JSON.stringify([CURSOR_VERSION, spec.kind, position.key, position.id]));

  return {
    kind: spec.kind,
    key: spec.key,
    id: spec.id,
    encode(position) {
      if (!tuple.safeParse([CURSOR_VERSION, spec.kind, position.key, position.id]).success) {
        throw new Error(`A ${spec.kind} row's position cannot be written as a cursor: ${JSON.stringify(position)}`);
      }
      return write(position);
    },
    decode(cursor) {
      if (typeof cursor !== "string" || cursor.length > CURSOR_MAX_LENGTH) return notValid();
      const text = fromBase64url(cursor);
      let raw: unknown;
      try {
        raw = text === null ? null : JSON.parse(text);
      } catch {
        raw = null;
      }
      // Told apart from garbage, so a client reusing a cursor across lists or sorts learns why.
      if (Array.isArray(raw) && typeof raw[1] === "string" && raw[1] !== spec.kind) return otherList();
      const parsed = tuple.safeParse(raw);
      if (!parsed.success) return notValid();
      const [, , k, i] = parsed.data;
      const position = { key: k, id: i as IdValue<I> };
      // One spelling per position: no padding, spaces or reordered JSON that would decode the same.
      return write(position) === cursor ? { ok: true, data: position } : notValid();
    },
  };
}

/**
 * One page from `limit + 1` rows fetched in keyset order: the first `limit`,
 * and the cursor after the last of them when the extra row shows there is more.
 */
export function keysetPage<R, I extends IdType>(
  rows: readonly R[],
  limit: number,
  codec: CursorCodec<I>,
  positionOf: (row: R) => Position<I>,
): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? codec.encode(positionOf(last)) : null };
}

/** The `cursor` query parameter: its length only; the list's codec checks the rest. */
export const cursorParam = z.string({ error: "cursor_invalid" }).max(CURSOR_MAX_LENGTH, "cursor_invalid");
