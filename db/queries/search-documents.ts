import { sql } from "drizzle-orm";
import { searchDocumentText } from "@/lib/search/document";
import { SEARCH_TEXT_VERSION } from "@/lib/search/search-text";
import type { RichTextDocument } from "@/lib/richtext/schema";
import type { Db } from "../client";

/** One parameter holding the whole list (a bare array in a template is spread into a list of parameters). */
const array = (values: string[]) => sql.param(values);

export type IndexedRevision = { id: string; articleId: string; headline: string; dek: string | null; body: RichTextDocument };

/**
 * Writes (or rewrites) revisions' search documents and adds their words to
 * the vocabulary, in the caller's transaction: a story is findable the moment
 * the save that wrote its revision commits. Stemmed with the story's language
 * (search_vectors(), migration 0020); the database adds the times search
 * orders by.
 */
export async function writeSearchDocuments(db: Db, revisions: IndexedRevision[]): Promise<void> {
  if (revisions.length === 0) return;
  const texts = revisions.map(searchDocumentText);
  await db.execute(sql`
    insert into search_documents (revision_id, article_id, config, text_version, headline_vector, lead_vector, vector)
    select r.id, a.id, c.config, ${SEARCH_TEXT_VERSION}, v.headline_vector, v.lead_vector, v.vector
    from unnest(
      ${array(revisions.map((r) => r.id))}::uuid[], ${array(revisions.map((r) => r.articleId))}::uuid[],
      ${array(texts.map((t) => t.headline))}::text[], ${array(texts.map((t) => t.dek))}::text[], ${array(texts.map((t) => t.body))}::text[]
    ) as r(id, article_id, headline, dek, body)
    join articles a on a.id = r.article_id
    cross join lateral (select case a.language when 'en' then 'english' else 'arabic' end as config) c
    cross join lateral search_vectors(c.config::regconfig, r.headline, r.dek, r.body) v
    on conflict (revision_id) do update set
      config = excluded.config,
      text_version = excluded.text_version,
      headline_vector = excluded.headline_vector,
      lead_vector = excluded.lead_vector,
      vector = excluded.vector`);
  const words = [...new Set(texts.flatMap((t) => t.words))].sort();
  if (words.length > 0) await db.execute(sql`insert into search_words (word) select unnest(${array(words)}::text[]) on conflict do nothing`);
}

/**
 * Drops the search documents of a story's revisions that are neither its
 * working, live nor approved one (nor `keep`, a revision about to become
 * one), so the index holds the current text only.
 */
export async function pruneSearchDocuments(db: Db, articleId: string, keep: string): Promise<void> {
  await db.execute(sql`
    delete from search_documents d
    using articles a
    where d.article_id = ${articleId} and a.id = d.article_id and d.revision_id <> ${keep}
      and d.revision_id is distinct from a.working_revision_id
      and d.revision_id is distinct from a.live_revision_id
      and d.revision_id is distinct from a.approved_revision_id`);
}
