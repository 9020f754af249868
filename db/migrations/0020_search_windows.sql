DROP INDEX "search_documents_vector_idx";--> statement-breakpoint
DROP INDEX "search_documents_headline_vector_idx";--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "lead_vector" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "desk_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "public_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "articles_working_revision_key" ON "articles" USING btree ("working_revision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_live_revision_key" ON "articles" USING btree ("live_revision_id");--> statement-breakpoint
-- Each pair of neighbouring words as one more lexeme ('a b'): a two-word phrase becomes one
-- lookup in the GIN index instead of every story holding both words read back to check their
-- positions (lib/search/phrase-pairs.ts writes queries for them). The whole story's GIN index
-- grows about fivefold (README, bench:search).
CREATE FUNCTION search_pairs(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT x.lexeme || ' ' || y.lexeme)), ''::tsvector)
  FROM (SELECT lexeme, unnest(positions) AS p FROM unnest(v)) x
  JOIN (SELECT lexeme, unnest(positions) AS p FROM unnest(v)) y ON y.p = x.p + 1
$$;
--> statement-breakpoint
-- A revision's three vectors, from its text as searchText() wrote it: the headline (weight A),
-- headline and summary (A, B), the whole story (A, B, C) with its word pairs. The first two are
-- small enough for PostgreSQL to check a phrase's positions in them quickly.
CREATE FUNCTION search_vectors(config regconfig, headline text, dek text, body text)
RETURNS TABLE (headline_vector tsvector, lead_vector tsvector, vector tsvector) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT h, l, f || search_pairs(f)
  FROM (SELECT setweight(to_tsvector(config, headline), 'A') AS h) h
  CROSS JOIN LATERAL (SELECT h || setweight(to_tsvector(config, dek), 'B') AS l) l
  CROSS JOIN LATERAL (SELECT l || setweight(to_tsvector(config, body), 'C') AS f) f
$$;
--> statement-breakpoint
-- The time each search orders by, for a search document of story a: the desk's while it is
-- the working revision, the readers' while it is the live one and readers can see the story.
CREATE FUNCTION search_desk_at(a articles, revision uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN a.working_revision_id = revision THEN a.updated_at END
$$;
--> statement-breakpoint
CREATE FUNCTION search_public_at(a articles, revision uuid) RETURNS timestamptz LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN a.live_revision_id = revision AND a.status = 'published'
    AND NOT (SELECT s.hidden FROM sections s WHERE s.id = a.section_id)
    THEN coalesce(a.first_published_at, a.publish_at) END
$$;
--> statement-breakpoint
-- Kept here rather than by each service: every change to a story, a section or a revision's
-- document updates them in its own transaction, whichever code makes it.
CREATE FUNCTION search_documents_take_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT search_desk_at(a, NEW.revision_id), search_public_at(a, NEW.revision_id)
    INTO NEW.desk_at, NEW.public_at FROM articles a WHERE a.id = NEW.article_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER search_documents_times BEFORE INSERT ON search_documents
  FOR EACH ROW EXECUTE FUNCTION search_documents_take_times();
--> statement-breakpoint
CREATE FUNCTION articles_search_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_documents d
    SET desk_at = search_desk_at(NEW, d.revision_id), public_at = search_public_at(NEW, d.revision_id)
    WHERE d.article_id = NEW.id
      AND (d.desk_at IS DISTINCT FROM search_desk_at(NEW, d.revision_id) OR d.public_at IS DISTINCT FROM search_public_at(NEW, d.revision_id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER articles_search_times AFTER UPDATE ON articles FOR EACH ROW
  WHEN (OLD.updated_at IS DISTINCT FROM NEW.updated_at OR OLD.working_revision_id IS DISTINCT FROM NEW.working_revision_id
    OR OLD.live_revision_id IS DISTINCT FROM NEW.live_revision_id OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.first_published_at IS DISTINCT FROM NEW.first_published_at OR OLD.publish_at IS DISTINCT FROM NEW.publish_at
    OR OLD.section_id IS DISTINCT FROM NEW.section_id)
  EXECUTE FUNCTION articles_search_times();
--> statement-breakpoint
CREATE FUNCTION sections_search_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_documents d SET public_at = search_public_at(a, d.revision_id)
    FROM articles a
    WHERE a.section_id = NEW.id AND d.article_id = a.id AND d.public_at IS DISTINCT FROM search_public_at(a, d.revision_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sections_search_times AFTER UPDATE OF hidden ON sections FOR EACH ROW
  WHEN (OLD.hidden IS DISTINCT FROM NEW.hidden) EXECUTE FUNCTION sections_search_times();
--> statement-breakpoint
UPDATE search_documents d SET desk_at = search_desk_at(a, d.revision_id), public_at = search_public_at(a, d.revision_id)
  FROM articles a WHERE a.id = d.article_id;--> statement-breakpoint
-- Search no longer leaves the walk-or-gather choice to the planner's guesses (db/queries/search.ts):
-- the long lists of common words migration 0019 asked for cost more to read at every plan (a
-- megabyte per vector) than they now save.
ALTER TABLE "search_documents" ALTER COLUMN "vector" SET STATISTICS 1000;--> statement-breakpoint
ALTER TABLE "search_documents" ALTER COLUMN "headline_vector" SET STATISTICS 1000;--> statement-breakpoint
ALTER TABLE "search_documents" ALTER COLUMN "lead_vector" SET STATISTICS 1000;--> statement-breakpoint
CREATE INDEX "search_documents_arabic_vector_idx" ON "search_documents" USING gin ("vector") WHERE "search_documents"."config" = 'arabic';--> statement-breakpoint
CREATE INDEX "search_documents_arabic_lead_vector_idx" ON "search_documents" USING gin ("lead_vector") WHERE "search_documents"."config" = 'arabic';--> statement-breakpoint
CREATE INDEX "search_documents_arabic_headline_vector_idx" ON "search_documents" USING gin ("headline_vector") WHERE "search_documents"."config" = 'arabic';--> statement-breakpoint
CREATE INDEX "search_documents_english_vector_idx" ON "search_documents" USING gin ("vector") WHERE "search_documents"."config" = 'english';--> statement-breakpoint
CREATE INDEX "search_documents_english_lead_vector_idx" ON "search_documents" USING gin ("lead_vector") WHERE "search_documents"."config" = 'english';--> statement-breakpoint
CREATE INDEX "search_documents_english_headline_vector_idx" ON "search_documents" USING gin ("headline_vector") WHERE "search_documents"."config" = 'english';--> statement-breakpoint
CREATE INDEX "search_documents_desk_idx" ON "search_documents" USING btree ("desk_at","article_id","revision_id") WHERE "search_documents"."desk_at" is not null;--> statement-breakpoint
CREATE INDEX "search_documents_public_idx" ON "search_documents" USING btree ("public_at","article_id","revision_id") WHERE "search_documents"."public_at" is not null;
