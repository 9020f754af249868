import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import { articles, revisions } from "@/db/schema";

/**
 * Adds `count` published Arabic stories, spread over the sections and the
 * last weeks, each with the reference story's body (about 30 paragraphs) and
 * a headline of its own: a site of realistic size for the benchmark.
 * One statement per table, so 10,000 take seconds.
 */
export async function addGeneratedStories(db: Db, count: number): Promise<void> {
  const author = await findUserByEmail(db, "reporter@newsroom.test");
  const [reference] = await db.select({ body: revisions.body }).from(revisions).innerJoin(articles, eq(articles.liveRevisionId, revisions.id)).limit(1);
  if (!author || !reference) throw new Error("Seed the demo data first: the generated stories copy the reference story.");
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into articles (slug, section_id, language, status, headline, search_key, created_by, first_published_at, status_changed_at, created_at, updated_at)
      select 'خبر-مولد-' || i, s.id, 'ar', 'published', 'خبر مولّد رقم ' || i || ' عن الانتخابات والاقتصاد في المنطقة', 'خبر مولد رقم ' || i,
             ${author.id}, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
      from generate_series(1, ${count}) as i
      join lateral (select id from sections order by position offset (i % (select count(*) from sections)) limit 1) s on true`);
    await tx.execute(sql`
      insert into revisions (article_id, headline, dek, body, section_id, status, created_by, created_at)
      select a.id, a.headline, 'ملخص الخبر المولّد للاختبار.', ${JSON.stringify(reference.body)}::jsonb, a.section_id, 'published', a.created_by, a.created_at
      from articles a where a.slug like 'خبر-مولد-%'`);
    await tx.execute(sql`
      update articles a set live_revision_id = r.id, working_revision_id = r.id
      from revisions r where r.article_id = a.id and a.slug like 'خبر-مولد-%'`);
    await tx.execute(sql`
      insert into article_authors (article_id, user_id, position)
      select id, ${author.id}, 0 from articles where slug like 'خبر-مولد-%'`);
  });
}
