import { toActor, type Actor } from "@/lib/authz/roles";
import { findUserByEmail } from "../queries/users";
import { seedDemo } from "../seed/seed";
import { createTestDatabase, type TestDatabase } from "./test-database";

export type DemoDesk = TestDatabase & { admin: Actor; editor: Actor; reporter: Actor };

/** A database of its own with the demo newsroom seeded, and its three people as actors. */
export async function createDemoDesk(): Promise<DemoDesk> {
  const t = await createTestDatabase();
  await seedDemo(t.db);
  const actor = async (email: string) => {
    const user = await findUserByEmail(t.db, email);
    if (!user) throw new Error(`The demo seed has no ${email}.`);
    return toActor(user);
  };
  return Object.assign(t, {
    admin: await actor("admin@newsroom.test"),
    editor: await actor("editor@newsroom.test"),
    reporter: await actor("reporter@newsroom.test"),
  });
}
