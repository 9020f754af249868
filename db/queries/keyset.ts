import { asc, desc, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { CursorCodec, IdType, Position } from "@/lib/pagination/cursor";

/**
 * An instant as cursors carry it (lib/pagination/cursor.ts): UTC with all six
 * fractional digits, so it reads back as exactly the value the column holds.
 * A JS Date would round to milliseconds and rows in the same millisecond on
 * either side of a page boundary would be skipped. Infinite times (a missing
 * deadline sorted last) are written as PostgreSQL writes them.
 */
export function instantKey(expr: SQLWrapper): SQL<string> {
  return sql<string>`case when isfinite(${expr}) then to_char((${expr}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') else (${expr})::text end`;
}

export type KeysetOrder = {
  /** The sort key: a column or expression, the same one the list's index is on. */
  key: SQLWrapper;
  /** The tie-breaker that makes the order total. */
  id: SQLWrapper;
  direction: "asc" | "desc";
};

/** ORDER BY for a keyset list: the key, then the id, both in the list's direction. */
export function keysetOrderBy(order: KeysetOrder): SQL[] {
  const by = order.direction === "desc" ? desc : asc;
  return [by(order.key), by(order.id)];
}

/**
 * The rows after `position` in `order`: one row comparison on the very
 * expressions the ORDER BY uses, at the column's own precision, which a
 * b-tree index on (key, id) answers by reading from that point on (backwards
 * for a descending list). `position` must come from the codec's `decode`.
 */
export function keysetAfter<I extends IdType>(codec: CursorCodec<I>, order: KeysetOrder, position: Position<I>): SQL {
  // Text is left to take the column's type (and collation) from the comparison.
  const key = codec.key === "instant" ? sql`${position.key}::timestamptz` : sql`${position.key}`;
  const id = codec.id === "uuid" ? sql`${position.id}::uuid` : sql`${position.id}::bigint`;
  const beyond = order.direction === "desc" ? sql`<` : sql`>`;
  return sql`(${order.key}, ${order.id}) ${beyond} (${key}, ${id})`;
}
