ALTER TABLE "articles" ADD COLUMN "approved_revision_id" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_approved_revision_id_revisions_id_fk" FOREIGN KEY ("approved_revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- What is already out, or approved, counts as approved.
UPDATE "articles" SET "approved_revision_id" = CASE
  WHEN "status" IN ('approved', 'scheduled') THEN "working_revision_id"
  ELSE "live_revision_id" END
WHERE "live_revision_id" IS NOT NULL OR "status" IN ('approved', 'scheduled');
