import { connectDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed";
import { runCli, withDatabase } from "./cli";

runCli(() =>
  withDatabase(async (url) => {
    await migrateDatabase(url);
    const { db, close } = connectDatabase(url, { max: 1 });
    try {
      const report = await seedDemo(db);
      console.log(
        `Seeded: ${report.usersCreated} users, ${report.sectionsCreated} sections, ${report.articlesCreated} stories created (existing rows left as they were).`,
      );
    } finally {
      await close();
    }
  }),
);
