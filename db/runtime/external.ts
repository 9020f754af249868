import postgres from "postgres";
import { DatabaseSetupError } from "./errors";

/** host:port of a connection URL, without the credentials. */
export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** Fails with a clear message naming the host when the server cannot be used. */
export async function assertReachable(url: string, timeoutSeconds = 8): Promise<void> {
  const client = postgres(url, { max: 1, connect_timeout: timeoutSeconds, onnotice: () => {} });
  try {
    await client`select 1`;
  } catch (error) {
    const err = error as { code?: string; message?: string };
    const reason = err.code && !/^\d/.test(err.code) ? `${err.code}: ${err.message}` : (err.message ?? String(error));
    throw new DatabaseSetupError(`Cannot reach PostgreSQL at ${describeServer(url)} (from DATABASE_URL): ${reason}`);
  } finally {
    await client.end({ timeout: 1 }).catch(() => undefined);
  }
}
