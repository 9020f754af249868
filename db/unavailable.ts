/** postgres.js's codes for a connection that was refused, cut, ended or timed out. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);

/**
 * Whether an error means the database could not be reached (rather than that
 * it refused the query): a connection that failed or was cut, SQLSTATE class
 * 08 (connection exception), or 57P01–57P03 (the server is shutting down,
 * crashed, or is not yet accepting connections). Looks through `cause`, where
 * Drizzle keeps the driver's error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08") || /^57P0[1-3]$/.test(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * A read once more when its connection turned out dead: after a database
 * restart, a pooled connection that sat idle through it can fail its next
 * query and only then reconnect. Only for reads, which can safely run twice.
 */
export async function readAgainOnConnectionLoss<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return read();
  }
}
