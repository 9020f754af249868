import type { Db } from "./client";

/** Carries a refusal out of a transaction so that PostgreSQL rolls it back. */
class Refused<R> extends Error {
  constructor(readonly refusal: R) {
    super("refused");
  }
}

/**
 * The one way services write: `work` runs in a transaction that commits only
 * when it succeeds. A refusal (any `{ ok: false, … }`) rolls back everything
 * written before it, as an exception does, so no caller can commit half a
 * change.
 */
export async function transact<R extends { ok: boolean }>(db: Db, work: (tx: Db) => Promise<R>): Promise<R> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal as R;
    throw error;
  }
}
