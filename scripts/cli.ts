import { EnvError } from "@/lib/env";
import { DatabaseSetupError } from "@/db/runtime/errors";
import { provideDatabase } from "@/db/runtime/provide";

/** Failures a user can act on: printed as one message, no stack trace. */
export class CliError extends Error {}

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** Runs a command-line entry point, turning known failures into a clear message and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof CliError || error instanceof EnvError || error instanceof DatabaseSetupError) {
        fail(error.message);
      }
      // Unexpected: one line for the user; the stack only when asked for.
      if (process.env.NEWSROOM_DEBUG) console.error(error);
      fail(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n  (set NEWSROOM_DEBUG=1 for details)`);
    },
  );
}

/** Runs `work` against the configured database, reusing a running embedded server. */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const database = await provideDatabase({ shareRunning: true });
  try {
    return await work(database.url);
  } finally {
    await database.stop();
  }
}
