/** A failure to provide a database that the launcher reports as one clear line. */
export class DatabaseSetupError extends Error {}
