ALTER TABLE "revisions" ADD COLUMN "restored_from_id" uuid;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_restored_from_id_revisions_id_fk" FOREIGN KEY ("restored_from_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A restore used to carry an English sentence as its reason ("Restored from the
-- version of <ISO time>"), which reached Arabic screens as it was. It now names
-- the version it brought back, and the desk words it in the reader's language.
-- Sealed revisions refuse updates; this one rewrite of history is the migration's.
ALTER TABLE "revisions" DISABLE TRIGGER "revisions_sealed";--> statement-breakpoint
UPDATE "revisions" AS restored
SET "restored_from_id" = earlier."id", "reason" = NULL
FROM "revisions" AS earlier
WHERE restored."reason" ~ '^Restored from the version of \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$'
  AND earlier."article_id" = restored."article_id"
  AND date_trunc('milliseconds', earlier."created_at") = substring(restored."reason" from 30)::timestamptz;--> statement-breakpoint
ALTER TABLE "revisions" ENABLE TRIGGER "revisions_sealed";
