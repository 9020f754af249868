import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import * as schema from "@/db/schema";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed";
import { listArticles } from "@/db/services/article-read";
import { listAuthorStoryIds, listLatestStoryIds, listSectionStoryIds } from "@/db/queries/public-stories";
import { findUserByEmail } from "@/db/queries/users";
import type { Actor } from "@/lib/authz/roles";
import { listQuerySchema } from "@/lib/validation/article";
import { env } from "@/lib/env";
import { runCli } from "./cli";
import { scratchDatabase } from "./support/scratch-database";

/**
 * `npm run bench:list [-- --stories N --runs N --explain]`: fills a throw-away
 * database with 100,000 stories and prints p50/p95 of the desk's list query
 * for the filters people use, and of the reader's lists (latest, a section's
 * and an author's pages), which the site asks each time a change makes its
 * cached page stale. It measures; it does not pass or fail.
 */
const { values: options } = parseArgs({
  options: { stories: { type: "string", default: "100000" }, runs: { type: "string", default: "60" }, explain: { type: "boolean", default: false } },
});
const STORIES = Number(options.stories);
const RUNS = Number(options.runs);

const WORDS = [
  "الحكومة",
  "البرلمان",
  "الانتخابات",
  "الاقتصاد",
  "الرئيس",
  "الوزير",
  "القاهرة",
  "الدولار",
  "البورصة",
  "المستشفى",
  "الجامعة",
  "المباراة",
  "المنتخب",
  "الطقس",
  "الأمطار",
  "النفط",
  "الغاز",
  "الصادرات",
  "المحكمة",
  "الشرطة",
  "ترامب",
  "فيسبوك",
  "الاتحاد",
  "الأوروبي",
  "أفريقيا",
  "الخليج",
  "الأسعار",
  "التضخم",
  "الموازنة",
  "الضرائب",
  "storm",
  "election",
  "market",
  "court",
  "minister",
  "budget",
  "health",
  "school",
  "transport",
  "energy",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

runCli(async () => {
  const database = await scratchDatabase("bench");
  try {
    await migrateDatabase(database.url);
    // The list query is remembered, so --explain can show each scenario's plan.
    const client = postgres(database.url, { max: 2, onnotice: () => {} });
    let lastQuery: { sql: string; params: unknown[] } | null = null;
    const db = drizzle(client, {
      schema,
      logger: {
        logQuery: (query, params) => {
          if (query.startsWith("select") && /from "(articles|article_authors)"/.test(query) && query.includes("limit")) lastQuery = { sql: query, params };
        },
      },
    });
    const close = () => client.end({ timeout: 5 });
    try {
      await seedDemo(db);
      const started = performance.now();
      const words = sql`${JSON.stringify(WORDS)}::jsonb`;
      await db.execute(sql`
        with staff as (select array_agg(id) as ids from users), secs as (select array_agg(id) as ids from sections)
        insert into articles (slug, section_id, language, status, version, headline, search_key, created_at, updated_at, status_changed_at, first_published_at, publish_at, deadline, created_by)
        select 'bench-' || g,
          secs.ids[1 + (g % array_length(secs.ids, 1))],
          (case when g % 7 = 0 then 'en' else 'ar' end)::article_language,
          (array['draft','in_review','changes_requested','approved','scheduled','published','published','published','unpublished','archived'])[1 + (g % 10)]::article_status,
          1, h.text, h.text,
          now() - (g || ' minutes')::interval, now() - ((g * 37) % 525600 || ' minutes')::interval, now() - (g || ' seconds')::interval,
          -- Published and unpublished stories went out when they were written.
          case when g % 10 between 5 and 8 then now() - (g || ' minutes')::interval end,
          -- Scheduled stories wait for a time within the next two days.
          case when g % 10 = 4 then now() + (g % 2880 || ' minutes')::interval end,
          case when g % 5 = 0 then now() + ((g % 300) - 150 || ' hours')::interval end,
          staff.ids[1 + (g % array_length(staff.ids, 1))]
        from generate_series(1, ${STORIES}) as g, staff, secs,
          lateral (select (${words} ->> (g * 7 % 40)) || ' ' || (${words} ->> (g * 13 % 40)) || ' ' || (${words} ->> (g * 29 % 40)) || ' ' || g as text) h
      `);
      await db.execute(sql`insert into article_authors (article_id, user_id) select id, created_by from articles where slug like 'bench-%'`);
      await db.execute(sql`analyze`);
      console.log(`Seeded ${STORIES.toLocaleString("en")} stories in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);

      const explainLast = async () => {
        if (!options.explain || !lastQuery) return;
        const { sql: text, params: values } = lastQuery as { sql: string; params: unknown[] };
        const plan = await client.unsafe(`explain analyze ${text}`, values as never[]);
        console.log(plan.map((row) => `    ${String(row["QUERY PLAN"])}`).join("\n"));
      };
      const editor = (await findUserByEmail(db, "editor@newsroom.test"))!;
      const reporter = (await findUserByEmail(db, "reporter@newsroom.test"))!;
      const asActor = (u: typeof editor): Actor => ({ id: u.id, role: u.role, active: u.active });
      const deepCursor = await (async () => {
        let cursor: string | undefined;
        for (let i = 0; i < 200; i++) {
          const page = await listArticles(db, asActor(editor), listQuerySchema.parse({ cursor }));
          if (!page.ok || !page.data.nextCursor) break;
          cursor = page.data.nextCursor;
        }
        return cursor;
      })();
      const scenarios: [string, Actor, Record<string, string | undefined>][] = [
        ["newest first, page 1", asActor(editor), {}],
        ["status = in_review", asActor(editor), { status: "in_review" }],
        ["section = world", asActor(editor), { section: "world" }],
        ["author = me (reporter)", asActor(reporter), { author: "me" }],
        ["language = en, deadline order", asActor(editor), { language: "en", sort: "deadline_asc" }],
        ["headline contains «الانتخابات»", asActor(editor), { q: "الانتخابات" }],
        ["headline contains a rare word", asActor(editor), { q: "99999" }],
        ["headline A–Z", asActor(editor), { sort: "headline_asc" }],
        ["page 201 (by cursor)", asActor(editor), { cursor: deepCursor }],
      ];
      console.log(`${"query".padEnd(34)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"rows".padStart(6)}`);
      for (const [label, who, params] of scenarios) {
        const query = listQuerySchema.parse(params);
        const times: number[] = [];
        let rows = 0;
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          const result = await listArticles(db, who, query);
          times.push(performance.now() - t0);
          rows = result.ok ? result.data.items.length : -1;
        }
        times.sort((a, b) => a - b);
        await explainLast();
        console.log(
          `${label.padEnd(34)} ${percentile(times, 50).toFixed(2).padStart(8)} ${percentile(times, 95).toFixed(2).padStart(8)} ${String(rows).padStart(6)}`,
        );
      }
      const world = (await db.query.sections.findFirst({ where: (t, { eq }) => eq(t.slug, "world") }))!;
      const deepSection = await (async () => {
        let after = null;
        for (let i = 0; i < 50; i++) after = (await listSectionStoryIds(db, world.id, after, 20)).next;
        return after;
      })();
      const readerLists: [string, () => Promise<unknown[]>][] = [
        ["reader: latest stories", () => listLatestStoryIds(db)],
        ["reader: section page 1", async () => (await listSectionStoryIds(db, world.id, null, 20)).ids],
        ["reader: section page 51", async () => (await listSectionStoryIds(db, world.id, deepSection, 20)).ids],
        ["reader: author page 1 (reporter)", async () => (await listAuthorStoryIds(db, reporter.id, null, 20)).ids],
      ];
      for (const [label, list] of readerLists) {
        const times: number[] = [];
        let rows = 0;
        for (let i = 0; i < RUNS; i++) {
          const t0 = performance.now();
          rows = (await list()).length;
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        await explainLast();
        console.log(
          `${label.padEnd(34)} ${percentile(times, 50).toFixed(2).padStart(8)} ${percentile(times, 95).toFixed(2).padStart(8)} ${String(rows).padStart(6)}`,
        );
      }
      console.log(
        `\n${RUNS} runs each, page size 25 on the desk and 20 (30 for the latest) on the site, on ${env().DATABASE_URL ? "DATABASE_URL's server" : "the embedded server (fsync off)"}.`,
      );
    } finally {
      await close();
    }
  } finally {
    await database.done();
  }
});
