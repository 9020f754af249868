ALTER TABLE "articles" ADD COLUMN "scheduled_job_id" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "published_late_seconds" integer;