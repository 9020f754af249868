import { migrateDatabase } from "@/db/migrate";
import { runCli, withDatabase } from "./cli";

runCli(() =>
  withDatabase(async (url) => {
    await migrateDatabase(url);
    console.log("Migrations are up to date.");
  }),
);
