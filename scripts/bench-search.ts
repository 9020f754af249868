import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql, type SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { findUserByEmail } from "@/db/queries/users";
import * as schema from "@/db/schema";
import { seedDemo } from "@/db/seed/seed";
import { createArticle } from "@/db/services/article-write";
import { searchDesk, searchPublic } from "@/db/services/search";
import { toActor, type Actor } from "@/lib/authz/roles";
import { env } from "@/lib/env";
import { SEARCH_TEXT_VERSION, searchText } from "@/lib/search/search-text";
import { createArticleSchema } from "@/lib/validation/article";
import { deskSearchSchema, publicSearchSchema } from "@/lib/validation/search";
import { CliError, runCli } from "./cli";
import { buildCorpus, random, type Corpus, type Piece } from "./support/search-corpus";
import { LABELLED_QUERIES, LABELLED_STORIES } from "./support/search-labelled";
import { scratchDatabase } from "./support/scratch-database";

/**
 * `npm run bench:search [-- --sizes 100000,1000000 --rounds 3]`: for each
 * size, fills a throw-away database with generated stories (a seventh of
 * them in English, seven in ten published), builds the search indexes and
 * prints their build time and size, then runs a fixed set of over 50 queries
 * (common, middling and rare words, made-up place names, phrases, pairs,
 * Latin names, English, misspellings, exclusions) through the desk's and the
 * readers' search, first page with snippets, once cold (right after the
 * database server starts) and `rounds` times warm, and prints p50/p95/p99.
 * Then recall and precision on a small labelled set. It measures; it does
 * not pass or fail.
 */
const { values: options } = parseArgs({
  options: {
    sizes: { type: "string", default: "100000,1000000" },
    rounds: { type: "string", default: "3" },
    batch: { type: "string", default: "20000" },
    // With DATABASE_URL: leave the database behind, to look at its plans.
    keep: { type: "boolean", default: false },
  },
});
const SIZES = options.sizes.split(",").map(Number);
const ROUNDS = Number(options.rounds);
const BATCH = Number(options.batch);
if (SIZES.some((n) => !Number.isInteger(n) || n < 1000) || !(ROUNDS >= 1))
  throw new CliError("--sizes takes whole numbers of 1000 or more; --rounds 1 or more.");

const FIXTURE = new URL("../db/seed/article-ar-wire.txt", import.meta.url).pathname;
const ZONE = env().NEWSROOM_TIMEZONE;

/**
 * The corpus in a table of its own (kind, index): story g's parts are looked
 * up by index there, which PostgreSQL does far faster than subscripting a
 * large array parameter row after row.
 */
async function loadPieces(db: Db, corpus: Corpus): Promise<void> {
  await db.execute(sql`create unlogged table bench_pieces (kind text, i int, text text, searchable text, primary key (kind, i))`);
  const kinds: [string, Piece[]][] = [
    ["ah", corpus.arabic.headlines],
    ["ap", corpus.arabic.paragraphs],
    ["eh", corpus.english.headlines],
    ["ep", corpus.english.paragraphs],
    ["place", corpus.places],
  ];
  for (const [kind, pieces] of kinds) {
    await db.execute(sql`
      insert into bench_pieces (kind, i, text, searchable)
      select ${kind}, i - 1, t, s from unnest(${sql.param(pieces.map((p) => p.text))}::text[], ${sql.param(pieces.map((p) => p.searchable))}::text[])
        with ordinality as u(t, s, i)`);
  }
}

/** A version-4-shaped id made from g, the same in every statement (the app's ids are checked as RFC UUIDs). */
function uuidOf(prefix: "a" | "r"): SQL {
  const hash = sql`md5(${prefix} || g)`;
  return sql`(substr(${hash}, 1, 12) || '4' || substr(${hash}, 14, 3) || '8' || substr(${hash}, 18, 15))::uuid`;
}

/** Story g's parts, the same in every statement: its headline and place, summary and four paragraphs, language and state. */
function parts(corpus: Corpus, from: number, to: number): SQL {
  const headlines = corpus.arabic.headlines.length;
  const paragraphs = corpus.arabic.paragraphs.length;
  const piece = (alias: string, kind: SQL, index: SQL) =>
    sql`join bench_pieces ${sql.raw(alias)} on ${sql.raw(alias)}.kind = ${kind} and ${sql.raw(alias)}.i = ${index}`;
  const paragraph = sql`s.lang || 'p'`;
  return sql`
    with s as (
      select g, ${uuidOf("a")} as aid, ${uuidOf("r")} as rid, g % 7 = 0 as english, case when g % 7 = 0 then 'e' else 'a' end as lang,
        g % 10 >= 3 as published, (array['draft', 'in_review', 'approved'])[1 + g % 10] as early_status,
        now() - (g || ' minutes')::interval as at
      from generate_series(${from}::int, ${to}::int) as g)
    select s.*, hh.text || ' ' || pp.text as headline, hh.searchable || ' ' || pp.searchable as headline_s,
      dd.text as dek, dd.searchable as dek_s, array[b1.text, b2.text, b3.text, b4.text] as paragraphs,
      concat_ws(' ', b1.searchable, b2.searchable, b3.searchable, b4.searchable) as body_s
    from s
    ${piece("hh", sql`s.lang || 'h'`, sql`(g::bigint * 7919) % ${headlines}`)}
    ${piece("pp", sql`'place'`, sql`(g::bigint * 104729) % ${corpus.places.length}`)}
    ${piece("dd", paragraph, sql`(g::bigint * 31) % ${paragraphs}`)}
    ${piece("b1", paragraph, sql`(g::bigint * 131) % ${paragraphs}`)}
    ${piece("b2", paragraph, sql`(g::bigint * 257) % ${paragraphs}`)}
    ${piece("b3", paragraph, sql`(g::bigint * 523) % ${paragraphs}`)}
    ${piece("b4", paragraph, sql`(g::bigint * 1031) % ${paragraphs}`)}`;
}

async function fill(db: Db, corpus: Corpus, from: number, to: number): Promise<void> {
  const story = parts(corpus, from, to);
  await db.execute(sql`
    with p as (${story}), staff as (select array_agg(id order by id) as ids from users), secs as (select array_agg(id order by position) as ids from sections)
    insert into articles (id, slug, section_id, language, status, version, headline, search_key, created_at, updated_at, status_changed_at, first_published_at, created_by)
    select aid, 'bench-' || g, secs.ids[1 + g % array_length(secs.ids, 1)], (case when english then 'en' else 'ar' end)::article_language,
      (case when published then 'published' else early_status end)::article_status, 1, headline, '', at, at, at,
      case when published then at end, staff.ids[1 + g % array_length(staff.ids, 1)]
    from p, staff, secs`);
  await db.execute(sql`
    with p as (${story})
    insert into revisions (id, article_id, headline, dek, body, section_id, status, created_at)
    select p.rid, p.aid, p.headline, p.dek,
      jsonb_build_object('type', 'doc', 'content', (select jsonb_agg(jsonb_build_object('type', 'paragraph', 'content',
        jsonb_build_array(jsonb_build_object('type', 'text', 'text', t)))) from unnest(p.paragraphs) as t)),
      a.section_id, a.status, p.at
    from p join articles a on a.id = p.aid`);
  await db.execute(sql`
    update articles a set working_revision_id = s.rid, approved_revision_id = case when s.published then s.rid end,
      live_revision_id = case when s.published then s.rid end
    from (select ${uuidOf("a")} as aid, ${uuidOf("r")} as rid, g % 10 >= 3 as published from generate_series(${from}::int, ${to}::int) as g) s
    where a.id = s.aid`);
  await db.execute(sql`
    with p as (${story}), c as (select p.*, (case when english then 'english' else 'arabic' end)::regconfig as config from p)
    insert into search_documents (revision_id, article_id, config, text_version, headline_vector, lead_vector, vector)
    select rid, aid, config::text, ${SEARCH_TEXT_VERSION}, v.headline_vector, v.lead_vector, v.vector
    from c cross join lateral search_vectors(config, headline_s, dek_s, body_s) v`);
}

const INDEXES: [string, SQL][] = [
  ...(["arabic", "english"] as const).flatMap((config) =>
    (["vector", "lead_vector", "headline_vector"] as const).map((column): [string, SQL] => {
      const name = `search_documents_${config}_${column}_idx`;
      return [
        name,
        sql`create index ${sql.identifier(name)} on search_documents using gin (${sql.identifier(column)}) where config = ${sql.raw(`'${config}'`)}`,
      ];
    }),
  ),
  ["search_documents_desk_idx", sql`create index search_documents_desk_idx on search_documents (desk_at, article_id, revision_id) where desk_at is not null`],
  [
    "search_documents_public_idx",
    sql`create index search_documents_public_idx on search_documents (public_at, article_id, revision_id) where public_at is not null`,
  ],
  ["search_words_trgm_idx", sql`create index search_words_trgm_idx on search_words using gin (word gin_trgm_ops)`],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The fixed queries, each with what kind it is. */
function queriesFor(corpus: Corpus): [kind: string, q: string][] {
  const next = random(7);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const words = corpus.arabicWords;
  const misspell = (word: string) => {
    const at = 1 + Math.floor(next() * (word.length - 2));
    return `${word.slice(0, at)}${word[at] === "ي" ? "ا" : "ي"}${word.slice(at + 1)}`;
  };
  const phrase = () => {
    const paragraph = pick(corpus.arabic.paragraphs).text.split(" ");
    const at = Math.floor(next() * (paragraph.length - 2));
    return `«${paragraph.slice(at, at + 2).join(" ")}»`.replace(".", "");
  };
  return [
    ...[0, 1, 2, 4, 7].map((rank): [string, string] => ["very common word", words[rank]!]),
    ...[15, 30, 50, 80, 120, 180, 250, 350].map((rank): [string, string] => ["middling word", words[rank]!]),
    ...[1, 2, 3, 4, 5].map((back): [string, string] => ["uncommon word", words[words.length - back]!]),
    ...Array.from({ length: 8 }, (): [string, string] => ["rare place name", pick(corpus.places).text]),
    ...Array.from({ length: 5 }, (): [string, string] => ["phrase", phrase()]),
    ...Array.from({ length: 6 }, (): [string, string] => ["two words", `${words[10 + Math.floor(next() * 200)]} ${words[10 + Math.floor(next() * 200)]}`]),
    ["Latin name", "data propria"],
    ["Latin name", "Cambridge Analytica"],
    ["Latin name", "facebook"],
    ["Latin name", "parscale"],
    ["English", "election"],
    ["English", "budget minister"],
    ["English", "parliament vote"],
    ["English", "storm"],
    ...Array.from({ length: 6 }, (): [string, string] => ["misspelt place name", misspell(pick(corpus.places).text)]),
    ["misspelt word", "أناليتكا"],
    ["exclusion", "ترامب -فيسبوك"],
    ["exclusion", `${words[3]} -${words[6]}`],
    ["exclusion", `${words[40]} -${words[2]}`],
  ];
}

type Timing = { cold: number[]; warm: number[]; byKind: Map<string, number[]> };

async function measure(editor: Actor, queries: [string, string][], rounds: number, restart: () => Promise<Db>): Promise<Record<"desk" | "public", Timing>> {
  const timings = {
    desk: { cold: [] as number[], warm: [] as number[], byKind: new Map<string, number[]>() },
    public: { cold: [] as number[], warm: [] as number[], byKind: new Map<string, number[]>() },
  };
  const run = async (scope: "desk" | "public", q: string) => {
    const started = performance.now();
    const result =
      scope === "desk" ? await searchDesk(db, editor, deskSearchSchema(ZONE).parse({ q })) : await searchPublic(db, publicSearchSchema(ZONE).parse({ q }));
    if (!result.ok) throw new Error(`${q}: ${result.reason}`);
    return performance.now() - started;
  };
  const db = await restart();
  for (const scope of ["desk", "public"] as const) for (const [, q] of queries) timings[scope].cold.push(await run(scope, q));
  for (let round = 0; round < rounds; round++) {
    for (const scope of ["desk", "public"] as const) {
      for (const [kind, q] of queries) {
        const took = await run(scope, q);
        timings[scope].warm.push(took);
        timings[scope].byKind.set(kind, [...(timings[scope].byKind.get(kind) ?? []), took]);
      }
    }
  }
  return timings;
}

async function quality(db: Db, editor: Actor, ids: Map<string, string>) {
  const labelled = new Set(ids.values());
  let recallSum = 0;
  let precisionSum = 0;
  let counted = 0;
  const misses: string[] = [];
  for (const [q, expectedKeys] of LABELLED_QUERIES) {
    const page = await searchDesk(db, editor, deskSearchSchema(ZONE).parse({ q }));
    if (!page.ok) throw new Error(`${q}: ${page.reason}`);
    const found = page.data.items.map((item) => item.id);
    const expected = new Set(expectedKeys.map((key) => ids.get(key)!));
    const hits = found.filter((id) => expected.has(id)).length;
    // Generated stories never use the labelled set's words; any other labelled story on the page is a false match.
    const judged = found.filter((id) => labelled.has(id) || expected.has(id)).length;
    if (expected.size === 0) {
      if (judged > 0) misses.push(`«${q}» found ${judged} it should not`);
      continue;
    }
    counted++;
    recallSum += hits / expected.size;
    precisionSum += judged === 0 ? 0 : hits / judged;
    if (hits < expected.size) misses.push(`«${q}» missed ${expected.size - hits} of ${expected.size}`);
    if (judged > hits) misses.push(`«${q}» also found ${judged - hits} it should not`);
  }
  return { recall: recallSum / counted, precision: precisionSum / counted, queries: LABELLED_QUERIES.length, misses };
}

async function benchSize(size: number, corpus: Corpus): Promise<void> {
  console.log(`\n## ${size.toLocaleString("en")} stories\n`);
  const database = await scratchDatabase("bench-search");
  try {
    await migrateDatabase(database.url);
    let client = postgres(database.url, { max: 2, onnotice: () => {} });
    let db: Db = drizzle(client, { schema });
    try {
      await seedDemo(db);
      const reporter = toActor((await findUserByEmail(db, "reporter@newsroom.test"))!);
      const editor = toActor((await findUserByEmail(db, "editor@newsroom.test"))!);
      const labelled = new Map<string, string>();
      for (const story of LABELLED_STORIES) {
        const created = await createArticle(
          db,
          reporter,
          createArticleSchema.parse({ headline: story.headline, dek: story.dek, bodyText: story.body, section: "world", language: story.language }),
        );
        if (!created.ok) throw new Error(created.reason);
        labelled.set(story.key, created.data.id);
      }
      for (const [name] of INDEXES) await db.execute(sql`drop index ${sql.identifier(name)}`);
      await loadPieces(db, corpus);
      const filling = performance.now();
      const batches: [number, number][] = [];
      for (let from = 1; from <= size; from += BATCH) batches.push([from, Math.min(size, from + BATCH - 1)]);
      // Two at a time: one per core.
      const work = [...batches];
      await Promise.all(
        [0, 1].map(async () => {
          for (let batch = work.shift(); batch; batch = work.shift()) await fill(db, corpus, batch[0], batch[1]);
        }),
      );
      const vocabulary = [...new Set([...corpus.arabicWords, ...corpus.englishWords, ...corpus.places.map((p) => p.text)].map(searchText))].filter(
        (word) => word.length >= 4,
      );
      await db.execute(sql`insert into search_words (word) select unnest(${sql.param(vocabulary)}::text[]) on conflict do nothing`);
      console.log(`Filled in ${((performance.now() - filling) / 1000).toFixed(0)} s (stories, revisions, search documents).`);
      for (const [name, create] of INDEXES) {
        const started = performance.now();
        await db.execute(create);
        const [row] = await db.execute<{ size: string }>(sql`select pg_relation_size(${name}::regclass)::text as size`);
        console.log(`Index ${name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s, ${mb(Number(row!.size))}.`);
      }
      const [sizes] = await db.execute<{ documents: string; revisions: string }>(
        sql`select pg_total_relation_size('search_documents')::text as documents, pg_total_relation_size('revisions')::text as revisions`,
      );
      console.log(`search_documents with its indexes: ${mb(Number(sizes!.documents))} (revisions: ${mb(Number(sizes!.revisions))}).`);
      await db.execute(sql`vacuum analyze`);

      const queries = queriesFor(corpus);
      // Cold: the database server just started, nothing of the indexes in its buffers (the embedded server; another is only reconnected).
      const restart = async () => {
        await client.end({ timeout: 5 });
        if (database.server) {
          await database.server.stop();
          await database.server.start();
        }
        client = postgres(database.url, { max: 2, onnotice: () => {} });
        db = drizzle(client, { schema });
        return db;
      };
      const timings = await measure(editor, queries, ROUNDS, restart);
      console.log(`\n${queries.length} queries (${[...new Set(queries.map(([kind]) => kind))].join(", ")}), first page with snippets:\n`);
      console.log("| search | run | p50 ms | p95 ms | p99 ms |");
      console.log("|---|---|---|---|---|");
      for (const scope of ["desk", "public"] as const) {
        for (const run of ["cold", "warm"] as const) {
          const sorted = [...timings[scope][run]].sort((a, b) => a - b);
          const label = scope === "desk" ? "desk (every story)" : "readers (published)";
          console.log(
            `| ${label} | ${run} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 95).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} |`,
          );
        }
      }
      console.log("\nWarm, by kind of query (p50 / max ms): desk | readers");
      for (const kind of timings.desk.byKind.keys()) {
        const figures = (["desk", "public"] as const).map((scope) => {
          const sorted = [...timings[scope].byKind.get(kind)!].sort((a, b) => a - b);
          return `${percentile(sorted, 50).toFixed(1)} / ${sorted.at(-1)!.toFixed(1)}`;
        });
        console.log(`  ${kind.padEnd(22)} ${figures.join(" | ")}`);
      }
      const scored = await quality(db, editor, labelled);
      console.log(
        `\nQuality on the labelled set (${LABELLED_STORIES.length} stories, ${scored.queries} queries, first page): recall ${scored.recall.toFixed(3)}, precision ${scored.precision.toFixed(3)}.`,
      );
      for (const miss of scored.misses) console.log(`  ${miss}`);
    } finally {
      await client.end({ timeout: 5 });
    }
  } finally {
    if (options.keep && env().DATABASE_URL) console.log(`\nKept the database: ${database.url}`);
    else await database.done();
  }
}

runCli(async () => {
  const corpus = buildCorpus(FIXTURE);
  for (const size of SIZES) await benchSize(size, corpus);
});
