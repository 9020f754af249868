/** Where the end-to-end server keeps its embedded database, apart from development data. */
export const E2E_DATA_DIR = ".data/e2e";
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** Shared by every app instance the tests start, so a session works on each of them. */
export const E2E_AUTH_SECRET = "end-to-end-tests-only-secret-0123456789abcdef";
