import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/db/testing/test-database";
import { runKillTest } from "./schedule-kill-test";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

// `npm run test:kill-schedule` runs the same with 20 kills.
it("a worker killed with SIGKILL around the due time: the story is published exactly once, with one audit row", async () => {
  const results = await runKillTest(t.url, 3);
  expect(results).toHaveLength(3);
  for (const result of results) expect(result).toMatchObject({ published: true, publishRows: 1 });
}, 180_000);
