import { sql } from "drizzle-orm";
import { SEARCH_TEXT_VERSION } from "@/lib/search/search-text";
import type { RichTextDocument } from "@/lib/richtext/schema";
import type { Db } from "./client";
import { writeSearchDocuments, type IndexedRevision } from "./queries/search-documents";
import { transact } from "./transaction";

const BATCH = 500;

/**
 * Builds the search documents that are missing or were made by an older
 * searchText(): after the migration that brought search, every story's
 * current revisions; after a change to searchText(), all of them again. Run
 * with the migrations, under their lock; a marker makes it a single read once
 * done. Each batch commits on its own, so a stopped run resumes where it was.
 */
export async function backfillSearchDocuments(db: Db): Promise<number> {
  const [state] = await db.execute<{ text_version: number }>(sql`select text_version from search_index_state where id = 1`);
  if (state && state.text_version >= SEARCH_TEXT_VERSION) return 0;
  let written = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    // A batch of stories at a time, in id order: each step reads only its own stories.
    const stories = await db.execute<{ id: string }>(sql`select id from articles where id > ${after}::uuid order by id limit ${BATCH}`);
    if (stories.length === 0) break;
    after = stories[stories.length - 1]!.id;
    const batch = await db.execute<{ id: string; article_id: string; headline: string; dek: string | null; body: RichTextDocument }>(sql`
      select distinct on (r.id) r.id, r.article_id, r.headline, r.dek, r.body
      from articles a
      join revisions r on r.id in (a.working_revision_id, a.live_revision_id, a.approved_revision_id)
      left join search_documents d on d.revision_id = r.id
      where a.id = any(${sql.param(stories.map((story) => story.id))}::uuid[])
        and (d.revision_id is null or d.text_version < ${SEARCH_TEXT_VERSION})`);
    const revisions: IndexedRevision[] = batch.map((r) => ({ id: r.id, articleId: r.article_id, headline: r.headline, dek: r.dek, body: r.body }));
    await transact(db, async (tx) => {
      await writeSearchDocuments(tx, revisions);
      return { ok: true, data: null };
    });
    written += revisions.length;
  }
  await db.execute(sql`
    insert into search_index_state (id, text_version) values (1, ${SEARCH_TEXT_VERSION})
    on conflict (id) do update set text_version = excluded.text_version`);
  return written;
}
