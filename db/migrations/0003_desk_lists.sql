-- Trigram search over headlines (a trusted extension since PostgreSQL 13).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "headline" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "status_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "deadline" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "assigned_editor_id" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_assigned_editor_id_users_id_fk" FOREIGN KEY ("assigned_editor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_updated_idx" ON "articles" USING btree ("updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_status_updated_idx" ON "articles" USING btree ("status","updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_section_updated_idx" ON "articles" USING btree ("section_id","updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_status_deadline_idx" ON "articles" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "articles_assigned_editor_idx" ON "articles" USING btree ("assigned_editor_id","status");--> statement-breakpoint
CREATE INDEX "articles_search_key_trgm_idx" ON "articles" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
-- Existing stories take their headline from their working revision; the search
-- key folds it as lib/arabic/normalize.ts does (new writes use that code).
UPDATE "articles" AS a SET
  "headline" = r."headline",
  "search_key" = lower(translate(
    regexp_replace(r."headline", '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]', '', 'g'),
    'أإآٱىة٠١٢٣٤٥٦٧٨٩', 'اااايه0123456789'))
  FROM "revisions" AS r WHERE r."id" = a."working_revision_id";