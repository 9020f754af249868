import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slugify } from "@/lib/arabic/slug";
import { migrateDatabase } from "../migrate";
import { users } from "../schema";
import { createUser } from "../services/create-user";
import { createDemoDesk, type DemoDesk } from "../testing/demo-desk";
import { approvedStory, publishStory, unpublishStory } from "../testing/stories";
import { findAuthorIdBySlug, findBylineNames, listAuthorStoryIds } from "./public-stories";

let desk: DemoDesk;
beforeAll(async () => {
  desk = await createDemoDesk();
});
afterAll(async () => desk.drop());

describe("author pages", () => {
  it("list a person's published stories only, newest first, a page at a time without skipping or repeating", async () => {
    const person = await createUser(
      desk.db,
      { email: "writer.pages@example.test", name: "نور الهدى", role: "reporter", password: "a-long-passphrase-1" },
      null,
    );
    if (!person.ok) throw new Error(person.code);
    const writer = { ...desk, reporter: { id: person.user.id, role: "reporter" as const, active: true, name: person.user.name } };
    const stories = [];
    for (let i = 0; i < 5; i++) {
      const story = await approvedStory(writer, `خبر نور ${i}`);
      await publishStory(desk, story.id);
      stories.push(story.id);
    }
    await approvedStory(writer, "مسودة نور لم تنشر");
    await unpublishStory(desk, stories[0]!);

    const seen: string[] = [];
    let after = null;
    do {
      const page: Awaited<ReturnType<typeof listAuthorStoryIds>> = await listAuthorStoryIds(desk.db, person.user.id, after, 2);
      seen.push(...page.ids);
      after = page.next;
    } while (after);
    expect(seen).toEqual(stories.slice(1).reverse());
    expect(await findAuthorIdBySlug(desk.db, "نور-الهدي")).toBe(person.user.id);
    expect((await findBylineNames(desk.db, [person.user.id]))[0]).toEqual({ id: person.user.id, name: "نور الهدى", slug: "نور-الهدي" });

    // Deactivated, they keep their page: their stories stay theirs.
    await desk.db.update(users).set({ active: false }).where(eq(users.id, person.user.id));
    expect((await listAuthorStoryIds(desk.db, person.user.id, null, 10)).ids).toHaveLength(4);
  });

  it("give two people with one name two addresses, kept through a rename", async () => {
    const make = async (email: string) => {
      const created = await createUser(desk.db, { email, name: "أحمد علي", role: "reporter", password: "a-long-passphrase-1" }, null);
      if (!created.ok) throw new Error(created.code);
      return created.user;
    };
    const [first, second] = [await make("ahmed.1@example.test"), await make("ahmed.2@example.test")];
    expect([first.slug, second.slug]).toEqual(["احمد-علي", "احمد-علي-2"]);
    // At once, the two still get two addresses.
    const both = await Promise.all(["ahmed.3@example.test", "ahmed.4@example.test"].map(make));
    expect(new Set(both.map((u) => u.slug)).size).toBe(2);
    await desk.db.update(users).set({ name: "أحمد علي حسن" }).where(eq(users.id, first.id));
    expect(await findAuthorIdBySlug(desk.db, "احمد-علي")).toBe(first.id);
  });
});

describe("the migration that gave people addresses", () => {
  let admin: postgres.Sql;
  let url: string;
  const name = `newsroom_slug_backfill_${Date.now()}`;
  beforeAll(async () => {
    admin = postgres(desk.url, { max: 1, onnotice: () => {} });
    await admin`create database ${admin(name)}`;
    const parsed = new URL(desk.url);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
  });
  afterAll(async () => {
    await admin`drop database if exists ${admin(name)} with (force)`;
    await admin.end();
  });

  it("gives existing people the address the app would give their name, unique", async () => {
    // The migrations up to the one before, as a newsroom running the previous release has them.
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    fs.cpSync(new URL("../migrations", import.meta.url), folder, { recursive: true });
    const journalFile = path.join(folder, "meta", "_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
    journal.entries = journal.entries.slice(
      0,
      journal.entries.findIndex((e) => e.tag === "0016_reader_site_data"),
    );
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    const client = postgres(url, { max: 1, onnotice: () => {} });
    await migrate(drizzle(client), { migrationsFolder: folder });
    const names = ["فاطمةُ الزهراء", "مـــصر ٢٠١٨", "أحمد إبراهيم", "Élodie O'Brien", "أحمد إبراهيم", "—"];
    for (const [i, person] of names.entries())
      await client`insert into users (email, name, role, created_at) values (${`p${i}@example.test`}, ${person}, 'reporter', ${new Date(Date.UTC(2026, 0, 1 + i)).toISOString()}::timestamptz)`;
    await client.end();
    fs.rmSync(folder, { recursive: true });

    await migrateDatabase(url);
    const after = postgres(url, { max: 1, onnotice: () => {} });
    const rows = await after<{ name: string; slug: string; id: string }[]>`select id, name, slug from users order by created_at`;
    await after.end();
    expect(rows.slice(0, 4).map((r) => r.slug)).toEqual(names.slice(0, 4).map((n) => slugify(n)));
    expect(rows[4]!.slug).toBe(`${slugify("أحمد إبراهيم")}-${rows[4]!.id.slice(0, 8)}`);
    expect(rows[5]!.slug).toBe("author");
  });
});
