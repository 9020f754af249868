import { startJobWorker } from "@/db/jobs/worker";
import { mailNotification } from "@/server/mail/notification-mail";
import { ownSignals } from "@/db/runtime/exit-hooks";
import { provideDatabase } from "@/db/runtime/provide";
import { migrateDatabase } from "@/db/migrate";
import { runCli } from "./cli";

/**
 * `npm run worker`: the scheduled-publishing worker on its own, for running
 * it apart from the web servers (set NEWSROOM_WORKER=0 on those). Uses
 * DATABASE_URL, or the embedded server of `npm run dev` when it runs.
 */
runCli(async () => {
  const database = await provideDatabase({ shareRunning: true });
  try {
    await migrateDatabase(database.url);
    const worker = await startJobWorker(database.url, console.error, { mailNotification });
    console.log(`Newsroom worker: publishing scheduled stories (${database.description}).`);
    ownSignals();
    await new Promise<void>((resolve) => {
      for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => resolve());
    });
    console.log("Stopping the worker…");
    await worker.stop();
  } finally {
    await database.stop();
  }
});
